import { describe, expect, it } from "vitest";
import { createEmptyGraph } from "../../client/graph/create-graph.ts";
import { deriveGraph, type Step } from "../../client/explorer/steps.ts";
import { excludeFor, initialPositions, syncGraph } from "../../client/explorer/sync.ts";
import type { SerializedGraph } from "../../client/graph/types.ts";
import { NODE_FACTS } from "../_helpers/graph-fixtures.ts";

function star(center: string, leaves: string[]): SerializedGraph {
  return {
    attributes: {},
    nodes: [center, ...leaves].map((key) => ({
      key,
      attributes: { ...NODE_FACTS, kind: "person" as const, label: key },
    })),
    edges: leaves.map((leaf) => ({
      key: `coauthor:${center}->${leaf}`,
      source: center,
      target: leaf,
      attributes: { kind: "coauthor" as const, weight: 1 },
    })),
  };
}

describe("syncGraph", () => {
  it("adds, keeps positions of what stays, and removes what the derivation dropped", () => {
    const graph = createEmptyGraph();
    const base = star("person:a", ["person:b", "person:c"]);
    syncGraph(graph, deriveGraph(base, [], new Map()));
    expect(graph.order).toBe(3);
    graph.mergeNodeAttributes("person:b", { x: 42, y: -7 });

    const steps: Step[] = [{ type: "expand", node: "person:b", page: 0 }];
    const responses = new Map([[0, star("person:b", ["person:d", "person:e"])]]);
    const added = syncGraph(graph, deriveGraph(base, steps, responses));
    expect(added.added.sort()).toEqual(["person:d", "person:e"]);
    expect(graph.getNodeAttributes("person:b")).toMatchObject({ x: 42, y: -7 });
    // New nodes start next to their parent, not somewhere on the ring.
    const d = graph.getNodeAttributes("person:d");
    expect(Math.hypot(d.x - 42, d.y + 7)).toBeLessThan(3);

    const removed = syncGraph(graph, deriveGraph(base, [...steps, { type: "collapse", node: "person:b" }], responses));
    expect(removed.removed.sort()).toEqual(["person:d", "person:e"]);
    expect(graph.nodes().sort()).toEqual(["person:a", "person:b", "person:c"]);
    expect(graph.size).toBe(2);
  });
});

describe("initialPositions", () => {
  it("places nodes linked only to other new nodes near them, and unlinked nodes on a ring", () => {
    const graph = createEmptyGraph();
    graph.addNode("person:p", { ...NODE_FACTS, kind: "person", label: "p", x: 10, y: 10, size: 5, color: "#000" });
    const positions = initialPositions(
      graph,
      ["person:q", "person:r", "person:s"],
      [
        { source: "person:p", target: "person:q" },
        { source: "person:q", target: "person:r" },
      ],
    );
    const q = positions.get("person:q")!;
    const r = positions.get("person:r")!;
    expect(Math.hypot(q.x - 10, q.y - 10)).toBeLessThan(2);
    expect(Math.hypot(r.x - q.x, r.y - q.y)).toBeLessThan(2);
    expect(positions.has("person:s")).toBe(true);
  });
});

describe("excludeFor", () => {
  it("lists the node's neighbours first, never the node itself, and stays under the size cap", () => {
    const graph = createEmptyGraph();
    syncGraph(graph, deriveGraph(star("person:a", ["person:b", "person:c"]), [], new Map()));
    for (let i = 0; i < 500; i += 1)
      graph.addNode(`person:x${i}`, { ...NODE_FACTS, kind: "person", label: "x", x: 0, y: 0, size: 1, color: "#000" });
    const keys = excludeFor(graph, "person:b", 600);
    expect(keys[0]).toBe("person:a");
    expect(keys).not.toContain("person:b");
    expect(keys.map((k) => encodeURIComponent(k).length + 3).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(600);
    expect(excludeFor(graph, "person:b").length).toBeGreaterThan(keys.length);
  });
});
