import { describe, expect, it } from "vitest";
import { kindLayer } from "../../client/graph/appearance.ts";
import { createGraph } from "../../client/graph/data-graph.ts";
import { initialViewState, setHovered } from "../../client/graph/reducers.ts";
import type { SerializedGraph, SliceGraphAttributes } from "../../client/graph/types.ts";
import { EDGE_FACTS, NODE_FACTS } from "../_helpers/graph-fixtures.ts";
import { visibleLabels } from "../../client/graph/visible-labels.ts";

// A renderer stand-in with an identity camera: graph units are pixels. The label code only needs these three.
const renderer = {
  graphToViewport: ({ x, y }: { x: number; y: number }) => ({ x, y }),
  scaleSize: (size = 1) => size,
  getDimensions: () => ({ width: 1000, height: 1000 }),
};
const measure = (text: string) => text.length * 7;

function slice(): SerializedGraph<SliceGraphAttributes> {
  const node = (key: string, kind: "person" | "topic" | "paper", weight = 1) => ({
    key,
    attributes: { ...NODE_FACTS, kind, label: key, weight },
  });
  const edge = (source: string, target: string) => ({
    key: `e:${source}->${target}`,
    source,
    target,
    attributes: { ...EDGE_FACTS, kind: "coauthor" as const },
  });
  return {
    attributes: { focus: "focus" },
    nodes: [node("focus", "person", 7), node("near", "person"), node("topic", "topic", 9), node("far", "paper")],
    edges: [edge("focus", "near"), edge("focus", "topic")],
  };
}

function placed() {
  const graph = createGraph(slice());
  const at: Record<string, [number, number]> = {
    focus: [500, 500],
    near: [300, 500],
    topic: [700, 300],
    far: [200, 100],
  };
  for (const [key, [x, y]] of Object.entries(at)) graph.mergeNodeAttributes(key, { x, y });
  return graph;
}

describe("visibleLabels", () => {
  it("labels every node that has room when nothing is hovered", () => {
    const graph = placed();
    const labels = visibleLabels(renderer, graph, initialViewState("focus"), kindLayer(graph, "focus"), measure);
    expect([...labels.keys()].sort()).toEqual(["far", "focus", "near", "topic"]);
  });

  it("labels only the hovered node and its neighbours while hovering", () => {
    const graph = placed();
    const state = setHovered(graph, "near")(initialViewState("focus"));
    const labels = visibleLabels(renderer, graph, state, kindLayer(graph, "focus"), measure);
    expect([...labels.keys()].sort()).toEqual(["focus", "near"]);
  });

  it("keeps labels clear of obstacles", () => {
    const graph = placed();
    const labels = visibleLabels(renderer, graph, initialViewState("focus"), kindLayer(graph, "focus"), measure, [
      { x1: 0, y1: 0, x2: 1000, y2: 200 },
    ]);
    expect(labels.has("far")).toBe(false);
    expect(labels.has("near")).toBe(true);
  });
});
