import { describe, expect, it } from "vitest";
import { NODE_FACTS } from "../_helpers/graph-fixtures.ts";
import { createGraph } from "../../client/graph/data-graph.ts";
import { emptyLayer, kindLayer, type PageLayer } from "../../client/graph/appearance.ts";
import {
  activeNode,
  initialViewState,
  reduceNode,
  SELECTED_SIZE_FACTOR,
  setHovered,
  setLabelled,
  setSelection,
  type ViewState,
} from "../../client/graph/reducers.ts";
import { reduceEdge } from "../../client/graph/edge-layer.ts";
import { EDGE_FADE_COLOR, EDGE_HIGHLIGHT_COLOR, KIND_COLORS, NODE_FADE_COLOR } from "../../client/graph/style.ts";
import type { SerializedGraph } from "../../client/graph/types.ts";

// A star around "a" plus a pendant "d" hanging off "c": hovering "c" highlights a and d, fades b.
function star(): SerializedGraph {
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
    const selected = setSelection(graph, ["d"])(initialViewState());
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
  const layer = kindLayer(graph, "a");
  const idle = initialViewState("a");
  const hovering = setHovered(graph, "c")(idle);
  const node = (key: string, label: string, state: ViewState, page: PageLayer = layer) =>
    reduceNode(key, label, page, state);
  const edge = (source: string, target: string, state: ViewState) =>
    reduceEdge(
      `coauthor:${source}->${target}`,
      { kind: "coauthor", weight: 1 },
      [source, target].includes(activeNode(state) ?? ""),
      layer,
      state,
    );

  it("with nothing hovered, draws the page layer's colour and size and always labels the focus", () => {
    expect(node("b", "b", idle).color).toBe(KIND_COLORS.person);
    expect(node("b", "b", idle).size).toBe(layer.sizes.get("b"));
    expect(node("a", "a", idle).labelVisibility).toBe("visible");
    expect(edge("a", "b", idle).color).not.toBe(EDGE_FADE_COLOR);
  });

  it("hides what the page layer hides (the explorer's filters)", () => {
    const hidden = { ...layer, hiddenNodes: new Set(["b"]), hiddenEdges: new Set(["e"]) };
    expect(node("b", "b", idle, hidden)).toEqual({ visibility: "hidden" });
    expect(reduceEdge("e", { kind: "coauthor" }, false, hidden, idle)).toEqual({ visibility: "hidden" });
  });

  it("highlights the hovered node and its neighbours, fades the rest", () => {
    expect(node("c", "c", hovering)).toMatchObject({ highlighted: true, labelVisibility: "visible" });
    expect(node("d", "d", hovering).color).toBe(KIND_COLORS.person);
    expect(node("b", "b", hovering)).toMatchObject({ color: NODE_FADE_COLOR, labelVisibility: "hidden" });
    expect(edge("c", "d", hovering)).toMatchObject({ color: EDGE_HIGHLIGHT_COLOR });
    expect(edge("a", "b", hovering)).toMatchObject({ color: EDGE_FADE_COLOR });
  });

  it("shows the full label of the hovered node and a short one elsewhere", () => {
    const long = "A very long paper title that would cover half of the graph if drawn in full";
    expect(node("c", long, hovering).label).toBe(long);
    expect(node("a", long, hovering).label!.length).toBeLessThanOrEqual(36);
  });

  it("once labels are picked, draws exactly those, on their side, and never a faded node's", () => {
    const picked = setLabelled(
      new Map([
        ["b", "left"],
        ["d", "below"],
      ] as const),
    )(idle);
    expect(node("b", "b", picked)).toMatchObject({ labelVisibility: "visible", labelPosition: "left" });
    expect(node("a", "a", picked).labelVisibility).toBe("hidden");
    const hoveredPicked = setLabelled(new Map([["b", "right"]] as const))(hovering);
    expect(node("b", "b", hoveredPicked).labelVisibility).toBe("hidden");
  });

  it("a selected node grows and is not faded by a hover elsewhere (explorer: the selection does not fade)", () => {
    const explorer = setHovered(graph, "c")(setSelection(graph, ["b"])(initialViewState("a", false)));
    const out = node("b", "b", explorer);
    expect(out).toMatchObject({ highlighted: true, color: KIND_COLORS.person });
    expect(out.size).toBeCloseTo(layer.sizes.get("b")! * SELECTED_SIZE_FACTOR);
    expect(activeNode(setHovered(graph, null)(explorer))).toBeNull();
  });

  it("a node the page layer does not know is drawn small and neutral rather than failing", () => {
    expect(node("b", "b", idle, emptyLayer())).toMatchObject({ color: NODE_FADE_COLOR });
  });
});
