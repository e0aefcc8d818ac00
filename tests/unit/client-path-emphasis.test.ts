/**
 * A path drawn in a render view: the page layer's emphasis brings its nodes and edges forward and fades the rest
 * until a node is hovered; the answer's edges are found for each alternative in either direction.
 */
import { describe, expect, it } from "vitest";
import { coauthorEdge as edge, personNode as person } from "../_helpers/graph-fixtures.ts";
import { createGraph } from "../../client/graph/data-graph.ts";
import { kindLayer } from "../../client/graph/appearance.ts";
import { pathEdgeKeys, pathEmphasis } from "../../client/graph/path-emphasis.ts";
import { initialViewState, reduceNode, setHovered } from "../../client/graph/reducers.ts";
import { reduceEdge } from "../../client/graph/edge-layer.ts";
import { LIGHT_GRAPH_THEME } from "../../client/graph/theme.ts";
import type { PathResult } from "../../contract/schemas/graph.ts";
import type { SerializedGraph } from "../../client/graph/types.ts";

// a – b – c is the path; d hangs off a.
const data: SerializedGraph = {
  attributes: { focus: "a" },
  nodes: ["a", "b", "c", "d"].map(person),
  edges: [edge("a", "b"), edge("b", "c"), edge("a", "d")],
};

describe("path emphasis in the page layer", () => {
  const graph = createGraph(data);
  const layer = {
    ...kindLayer(graph, "a"),
    emphasis: pathEmphasis(["a", "b", "c"], ["coauthor:a->b", "coauthor:b->c"]),
  };
  const state = initialViewState("a");
  const fade = state.theme.nodeFade;

  it("highlights the path and fades everything else while nothing is hovered", () => {
    for (const key of ["a", "b", "c"]) {
      expect(reduceNode(key, key, layer, state)).toMatchObject({ highlighted: true, zIndex: 2 });
    }
    expect(reduceNode("d", "d", layer, state).color).toBe(fade);
    expect(reduceEdge("coauthor:b->c", { kind: "coauthor", weight: 1 }, false, layer, state).color).toBe(
      LIGHT_GRAPH_THEME.edgeHighlight,
    );
    expect(reduceEdge("coauthor:a->d", { kind: "coauthor", weight: 1 }, false, layer, state).color).toBe(
      LIGHT_GRAPH_THEME.edgeFade,
    );
  });

  it("gives way to a hovered node and its neighbours", () => {
    const hovered = setHovered(graph, "d")(state);
    expect(reduceNode("d", "d", layer, hovered).color).not.toBe(fade);
    expect(reduceNode("c", "c", layer, hovered).color).toBe(fade);
  });

  it("without an emphasis nothing changes", () => {
    expect(reduceNode("d", "d", kindLayer(graph, "a"), state).color).not.toBe(fade);
  });
});

describe("pathEdgeKeys", () => {
  it("finds each hop's edge whichever way the answer stores it", () => {
    const result = {
      paths: [
        ["c", "b", "a"],
        ["c", "b"],
      ],
      graph: data,
    } as unknown as PathResult;
    expect(pathEdgeKeys(result, 0)).toEqual(["coauthor:b->c", "coauthor:a->b"]);
    expect(pathEdgeKeys(result, 1)).toEqual(["coauthor:b->c"]);
    expect(pathEdgeKeys(result, 2)).toEqual([]);
  });
});
