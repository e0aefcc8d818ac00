import { describe, expect, it } from "vitest";
import { emptyRenderInputs, reduceEdge, reduceNode, SELECTED_SIZE_FACTOR } from "../../client/explorer/reducers.ts";
import { NODE_FADE_COLOR, EDGE_FADE_COLOR, EDGE_HIGHLIGHT_COLOR } from "../../client/graph/style.ts";

const inputs = (patch = {}) => ({
  ...emptyRenderInputs(),
  colors: new Map([["a", "#123456"]]),
  sizes: new Map([["a", 10]]),
  ...patch,
});

describe("explorer reducers", () => {
  it("hides what the filters hide", () => {
    expect(reduceNode("a", "A", 5, inputs({ hiddenNodes: new Set(["a"]) }))).toEqual({ visibility: "hidden" });
    expect(reduceEdge("e", "a", "b", 1, inputs({ hiddenEdges: new Set(["e"]) }))).toEqual({ visibility: "hidden" });
  });

  it("applies the appearance maps", () => {
    const out = reduceNode("a", "A", 5, inputs());
    expect([out.color, out.size]).toEqual(["#123456", 10]);
    expect(reduceNode("b", "B", 5, inputs()).size).toBeUndefined();
  });

  it("hover keeps the node and its neighbours, fades the rest, and highlights its edges", () => {
    const hovered = inputs({ hovered: "a", hoverNeighbours: new Set(["b"]) });
    expect(reduceNode("a", "A long label", 5, hovered)).toMatchObject({
      label: "A long label",
      labelVisibility: "visible",
    });
    expect(reduceNode("b", "B", 5, hovered).color).toBeUndefined();
    expect(reduceNode("c", "C", 5, hovered)).toMatchObject({ color: NODE_FADE_COLOR, labelVisibility: "hidden" });
    expect(reduceEdge("e1", "a", "b", 1, hovered).color).toBe(EDGE_HIGHLIGHT_COLOR);
    expect(reduceEdge("e2", "b", "c", 1, hovered).color).toBe(EDGE_FADE_COLOR);
  });

  it("a selected node grows, keeps its label and is not faded by a hover elsewhere", () => {
    const selected = inputs({ selection: new Set(["c"]), hovered: "a", hoverNeighbours: new Set() });
    const out = reduceNode("c", "C", 4, selected);
    expect(out).toMatchObject({ labelVisibility: "visible", highlighted: true, size: 4 * SELECTED_SIZE_FACTOR });
    expect(out.color).toBeUndefined();
  });
});
