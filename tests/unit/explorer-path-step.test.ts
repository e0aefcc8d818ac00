/** The explorer's path step: kept through collapses, gone on undo, and written to and read from the URL. */
import { describe, expect, it } from "vitest";
import { coauthorEdge, personNode } from "../_helpers/graph-fixtures.ts";
import { deriveGraph, type Step } from "../../client/explorer/steps.ts";
import { decodeStep, fromSearch, toSearch } from "../../client/explorer/url-state.ts";
import { initialState, pushStep } from "../../client/explorer/state.ts";
import type { SerializedGraph } from "../../client/graph/types.ts";

const graph = (keys: string[], edges: Array<[string, string]> = []): SerializedGraph => ({
  attributes: {},
  nodes: keys.map(personNode),
  edges: edges.map(([a, b]) => coauthorEdge(a, b)),
});

const A = "person:arxiv:A";
const Z = "person:arxiv:Z.Far";
const path: Step = { type: "path", node: A, to: Z, via: "coauthor", k: 3 };

describe("path steps", () => {
  const base = graph([A, "person:arxiv:B"], [[A, "person:arxiv:B"]]);
  const answer = graph(
    [A, "person:arxiv:M", Z],
    [
      [A, "person:arxiv:M"],
      ["person:arxiv:M", Z],
    ],
  );

  it("add the path's nodes and edges, and keep them when the start is collapsed", () => {
    const derived = deriveGraph(base, [path], new Map([[0, answer]]));
    expect([...derived.nodes].sort()).toEqual([A, "person:arxiv:B", "person:arxiv:M", Z].sort());
    expect(derived.edges.size).toBe(3);
    expect(derived.expanded.has(A)).toBe(false);
    const collapsed = deriveGraph(base, [path, { type: "collapse", node: A }], new Map([[0, answer]]));
    expect(collapsed.nodes.has(Z)).toBe(true);
  });

  it("round-trip through the URL, ids with dots and spaces included", () => {
    const state = pushStep({ ...path, to: "person:arxiv:Xia Song" })(initialState(A));
    const back = fromSearch(toSearch(state));
    expect(back?.steps).toEqual([{ ...path, to: "person:arxiv:Xia Song" }]);
    expect(decodeStep("p3.coauthor.person:arxiv:A")).toBeNull();
    expect(decodeStep("p0.coauthor.person:arxiv:A|person:arxiv:B")).toBeNull();
    expect(decodeStep("p2.topics.nonsense|person:arxiv:B")).toBeNull();
  });
});
