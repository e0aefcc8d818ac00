import { describe, expect, it } from "vitest";
import {
  densitySizeScale,
  edgeSize,
  FOCUS_NODE_SIZE,
  KIND_COLORS,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeColor,
  nodeSize,
  shortLabel,
} from "../../client/graph/style.ts";
import { NODE_KINDS, parseNodeKey } from "../../client/graph/types.ts";

describe("densitySizeScale", () => {
  it("keeps sizes for sparse graphs and shrinks crowded ones, down to half", () => {
    expect(densitySizeScale(64, 720, 520)).toBe(1);
    expect(densitySizeScale(150, 720, 520)).toBeCloseTo(0.83, 2);
    expect(densitySizeScale(5000, 720, 520)).toBe(0.5);
    expect(densitySizeScale(0, 720, 520)).toBe(1);
  });
});

describe("style", () => {
  it("gives each kind its own colour", () => {
    const colours = NODE_KINDS.map(nodeColor);
    expect(new Set(colours).size).toBe(NODE_KINDS.length);
    expect(nodeColor("person")).toBe(KIND_COLORS.person);
  });

  it.each([
    [0, 6],
    [1, 7.6],
    [7, 10.8],
  ])("sizes a paper with weight %d as %d px", (weight, size) => {
    expect(nodeSize("paper", weight)).toBe(size);
  });

  it("grows with weight on a log scale, within bounds", () => {
    const sizes = [0, 1, 10, 100, 10_000].map((weight) => nodeSize("person", weight));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThanOrEqual(sizes[i - 1]!);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
    expect(Math.max(...sizes)).toBe(MAX_NODE_SIZE);
    expect(nodeSize("person", 1, true)).toBe(FOCUS_NODE_SIZE);
  });

  it("thickens edges with shared works, capped", () => {
    expect(edgeSize({})).toBeCloseTo(0.6);
    expect(edgeSize({ weight: 4 })).toBeCloseTo(2);
    expect(edgeSize({ weight: 1e6 })).toBe(4);
  });

  it("shortens long labels at a word boundary", () => {
    expect(shortLabel("Knowledge-Aware Language Model Pretraining")).toBe("Knowledge-Aware Language Model…");
    expect(shortLabel("  Xia   Song ")).toBe("Xia Song");
    expect(shortLabel("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("parses node keys whose ids contain colons and slashes", () => {
    expect(parseNodeKey("paper:arxiv:hep-th/9401002")).toEqual({ kind: "paper", id: "arxiv:hep-th/9401002" });
    expect(parseNodeKey("person:arxiv:Xia Song")).toEqual({ kind: "person", id: "arxiv:Xia Song" });
    expect(parseNodeKey("planet:earth")).toBeNull();
  });
});
