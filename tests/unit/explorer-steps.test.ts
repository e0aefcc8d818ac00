import { describe, expect, it } from "vitest";
import { NODE_FACTS } from "../_helpers/graph-fixtures.ts";
import { breadcrumbs, deriveGraph, nextPageStep, type Step } from "../../client/explorer/steps.ts";
import type { SerializedGraph as ApiGraph } from "../../client/graph/types.ts";

/** A star: `center` linked to each of `leaves` (keys are person:<name>). */
function star(center: string, leaves: string[]): ApiGraph {
  const key = (name: string) => `person:${name}`;
  return {
    attributes: {},
    nodes: [center, ...leaves].map((name) => ({
      key: key(name),
      attributes: { ...NODE_FACTS, kind: "person" as const, label: name },
    })),
    edges: leaves.map((leaf) => ({
      key: `coauthor:${key(center)}->${key(leaf)}`,
      source: key(center),
      target: key(leaf),
      attributes: { kind: "coauthor", weight: 1 },
    })),
  };
}
const keys = (g: { nodes: Set<string> }) => [...g.nodes].sort();

describe("deriveGraph", () => {
  const base = star("a", ["b", "c"]);

  it("is the base slice when there are no steps", () => {
    const g = deriveGraph(base, [], new Map());
    expect(keys(g)).toEqual(["person:a", "person:b", "person:c"]);
    expect(g.edges.size).toBe(2);
  });

  it("adds an expansion's nodes and edges, and merges an already shown node once", () => {
    const steps: Step[] = [{ type: "expand", node: "person:b", page: 0 }];
    const g = deriveGraph(base, steps, new Map([[0, star("b", ["d", "c"])]]));
    expect(keys(g)).toEqual(["person:a", "person:b", "person:c", "person:d"]);
    expect(g.edges.size).toBe(4);
    expect([...g.expanded]).toEqual(["person:b"]);
  });

  it("collapse removes what the expansion added, but keeps nodes another step also added", () => {
    const steps: Step[] = [
      { type: "expand", node: "person:b", page: 0 },
      { type: "expand", node: "person:c", page: 0 },
      { type: "collapse", node: "person:b" },
    ];
    const responses = new Map([
      [0, star("b", ["d", "e"])],
      [1, star("c", ["e", "f"])],
    ]);
    const g = deriveGraph(base, steps, responses);
    expect(keys(g)).toEqual(["person:a", "person:b", "person:c", "person:e", "person:f"]);
    expect(g.expanded.has("person:b")).toBe(false);
    expect(g.edges.has("coauthor:person:b->person:d")).toBe(false);
  });

  it("collapsing a parent drops the expansions of the children it brought", () => {
    const steps: Step[] = [
      { type: "expand", node: "person:b", page: 0 },
      { type: "expand", node: "person:d", page: 0 },
      { type: "collapse", node: "person:b" },
    ];
    const responses = new Map([
      [0, star("b", ["d"])],
      [1, star("d", ["x", "y"])],
    ]);
    const g = deriveGraph(base, steps, responses);
    expect(keys(g)).toEqual(["person:a", "person:b", "person:c"]);
    expect(g.expanded.size).toBe(0);
  });

  it("a node added from search stays when collapsed, without its neighbours", () => {
    const steps: Step[] = [
      { type: "add", node: "person:z" },
      { type: "collapse", node: "person:z" },
    ];
    const g = deriveGraph(base, steps, new Map([[0, star("z", ["q"])]]));
    expect(keys(g)).toEqual(["person:a", "person:b", "person:c", "person:z"]);
    expect(deriveGraph(base, steps.slice(0, 1), new Map([[0, star("z", ["q"])]])).nodes.has("person:q")).toBe(true);
  });

  it("expanding again after a collapse shows the new response", () => {
    const steps: Step[] = [
      { type: "expand", node: "person:b", page: 0 },
      { type: "collapse", node: "person:b" },
      { type: "expand", node: "person:b", page: 0 },
    ];
    const g = deriveGraph(
      base,
      steps,
      new Map([
        [0, star("b", ["d"])],
        [2, star("b", ["e"])],
      ]),
    );
    expect(g.nodes.has("person:d")).toBe(false);
    expect(g.nodes.has("person:e")).toBe(true);
  });

  it("a step still being fetched contributes nothing", () => {
    const g = deriveGraph(base, [{ type: "expand", node: "person:b", page: 0 }], new Map());
    expect(keys(g)).toEqual(["person:a", "person:b", "person:c"]);
  });

  it("show more asks for the page after the last one", () => {
    const steps: Step[] = [
      { type: "expand", node: "person:b", page: 0 },
      { type: "expand", node: "person:b", page: 1 },
    ];
    const g = deriveGraph(
      base,
      steps,
      new Map([
        [0, star("b", ["d"])],
        [1, star("b", ["e"])],
      ]),
    );
    expect(nextPageStep(g, "person:b")).toEqual({ type: "expand", node: "person:b", page: 2 });
    expect(nextPageStep(g, "person:c")).toBeUndefined();
    expect(keys(g)).toContain("person:e");
  });
});

describe("breadcrumbs", () => {
  it("lists the focus then each expanded or added node once, in order", () => {
    const steps: Step[] = [
      { type: "expand", node: "person:b", page: 0 },
      { type: "add", node: "topic:x" },
      { type: "expand", node: "person:b", page: 1 },
      { type: "collapse", node: "person:b" },
    ];
    expect(breadcrumbs("person:a", steps)).toEqual(["person:a", "person:b", "topic:x"]);
  });
});
