import { describe, expect, it } from "vitest";
import { NODE_FACTS } from "../_helpers/graph-fixtures.ts";
import { createDataGraph as createEmptyGraph } from "../../client/graph/data-graph.ts";
import { initialPositions } from "../../client/graph/positions.ts";
import type { SerializedGraph as ApiGraph } from "../../client/graph/types.ts";
import { deriveGraph, type Step } from "../../client/explorer/steps.ts";
import { excludeFor, syncGraph } from "../../client/explorer/sync.ts";

function star(center: string, leaves: string[]): ApiGraph {
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
  it("places new nodes next to the placed nodes they link to, and unlinked nodes on a ring around the graph", () => {
    const graph = createEmptyGraph();
    graph.addNode("person:p", { ...NODE_FACTS, kind: "person", label: "p", x: 10, y: 10 });
    const positions = initialPositions(
      graph,
      ["person:q", "person:r"].map((key) => ({ key, kind: "person" as const })),
      [{ source: "person:p", target: "person:q" }],
    );
    const q = positions.get("person:q")!;
    expect(Math.hypot(q.x - 10, q.y - 10)).toBeLessThan(2);
    const r = positions.get("person:r")!;
    expect(Math.hypot(r.x, r.y)).toBeGreaterThan(2);
  });
});

describe("excludeFor", () => {
  it("lists every node of the data graph, the node's neighbours first, never the node itself", () => {
    const graph = createEmptyGraph();
    syncGraph(graph, deriveGraph(star("person:a", ["person:b", "person:c"]), [], new Map()));
    for (let i = 0; i < 500; i += 1)
      graph.addNode(`person:x${i}`, { ...NODE_FACTS, kind: "person", label: "x", x: 0, y: 0 });
    const keys = excludeFor(graph, "person:b");
    expect(keys[0]).toBe("person:a");
    expect(keys).not.toContain("person:b");
    // Nothing is cut: a long list goes in a POST body (api.ts).
    expect(new Set(keys)).toEqual(new Set(graph.nodes().filter((key) => key !== "person:b")));
  });
});
