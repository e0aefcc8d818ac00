import { describe, expect, it } from "vitest";
import { createGraph } from "../../client/graph/create-graph.ts";
import {
  activeNode,
  initialViewState,
  MAX_FORCED_NEIGHBOUR_LABELS,
  reduceEdge,
  reduceNode,
  setHovered,
  setLabelled,
  setSelected,
} from "../../client/graph/reducers.ts";
import { EDGE_FADE_COLOR, EDGE_HIGHLIGHT_COLOR, NODE_FADE_COLOR } from "../../client/graph/style.ts";
import type { SerializedGraph, SliceGraphAttributes } from "../../client/graph/types.ts";
import { NODE_FACTS } from "../_helpers/graph-fixtures.ts";

// A star around "a" plus a pendant "d" hanging off "c": hovering "c" highlights a and d, fades b.
function star(): SerializedGraph<SliceGraphAttributes> {
  const person = (key: string) => ({
    key,
    attributes: { ...NODE_FACTS, kind: "person" as const, label: key, weight: 1 },
  });
  const edge = (source: string, target: string) => ({
    key: `coauthor:${source}->${target}`,
    source,
    target,
    attributes: { kind: "coauthor" as const, weight: 1 },
  });
  return {
    attributes: { focus: "a" },
    nodes: ["a", "b", "c", "d"].map(person),
    edges: [edge("a", "b"), edge("a", "c"), edge("c", "d")],
  };
}

describe("view state producers", () => {
  const graph = createGraph(star());

  it("hovering a node records its neighbours; leaving clears them", () => {
    const hovered = setHovered(graph, "c")(initialViewState("a"));
    expect(hovered.hoveredNode).toBe("c");
    expect([...hovered.neighbours].sort()).toEqual(["a", "d"]);
    const left = setHovered(graph, null)(hovered);
    expect(left.neighbours.size).toBe(0);
  });

  it("a selection stays active when the pointer leaves; hover wins over it", () => {
    const selected = setSelected(graph, "d")(initialViewState());
    expect(activeNode(selected)).toBe("d");
    const hovered = setHovered(graph, "b")(selected);
    expect(activeNode(hovered)).toBe("b");
    expect([...hovered.neighbours]).toEqual(["a"]);
    const left = setHovered(graph, null)(hovered);
    expect(activeNode(left)).toBe("d");
    expect([...left.neighbours]).toEqual(["c"]);
  });

  it("does not mutate the previous state", () => {
    const before = initialViewState("a");
    setHovered(graph, "c")(before);
    expect(before.hoveredNode).toBeNull();
  });
});

describe("reduceNode / reduceEdge", () => {
  const graph = createGraph(star());
  const idle = initialViewState("a");
  const hovering = setHovered(graph, "c")(idle);

  it("with nothing hovered, changes no colour and always labels the focus", () => {
    expect(reduceNode("b", "b", idle).color).toBeUndefined();
    expect(reduceNode("a", "a", idle).labelVisibility).toBe("visible");
    expect(reduceEdge("a", "b", 1, idle)).toEqual({});
  });

  it("highlights the hovered node and its neighbours, fades the rest", () => {
    expect(reduceNode("c", "c", hovering)).toMatchObject({ highlighted: true, labelVisibility: "visible" });
    expect(reduceNode("d", "d", hovering).color).toBeUndefined();
    expect(reduceNode("d", "d", hovering).labelVisibility).toBe("visible");
    expect(reduceNode("b", "b", hovering)).toMatchObject({ color: NODE_FADE_COLOR, labelVisibility: "hidden" });
    expect(reduceEdge("c", "d", 1, hovering)).toMatchObject({ color: EDGE_HIGHLIGHT_COLOR });
    expect(reduceEdge("a", "b", 1, hovering)).toMatchObject({ color: EDGE_FADE_COLOR });
  });

  it("shows the full label of the hovered node and a short one elsewhere", () => {
    const long = "A very long paper title that would cover half of the graph if drawn in full";
    expect(reduceNode("c", long, hovering).label).toBe(long);
    expect(reduceNode("a", long, hovering).label!.length).toBeLessThanOrEqual(36);
  });

  it("once labels are picked, draws exactly those, on their side, and never a faded node's", () => {
    const picked = setLabelled(
      new Map([
        ["b", "left"],
        ["d", "below"],
      ] as const),
    )(idle);
    expect(reduceNode("b", "b", picked)).toMatchObject({ labelVisibility: "visible", labelPosition: "left" });
    expect(reduceNode("a", "a", picked).labelVisibility).toBe("hidden");
    const hoveredPicked = setLabelled(new Map([["b", "right"]] as const))(hovering);
    expect(reduceNode("b", "b", hoveredPicked).labelVisibility).toBe("hidden");
  });

  it("does not force neighbour labels of a hub (they would overlap)", () => {
    const many = {
      ...hovering,
      neighbours: new Set(Array.from({ length: MAX_FORCED_NEIGHBOUR_LABELS + 1 }, (_, i) => String(i))),
    };
    expect(reduceNode("1", "1", many).labelVisibility).toBeUndefined();
  });
});
