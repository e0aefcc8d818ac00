import { describe, expect, it } from "vitest";
import { countByKind, createGraph, mergeSlice } from "../../client/graph/data-graph.ts";
import { kindLayer } from "../../client/graph/appearance.ts";
import { FOCUS_NODE_SIZE, KIND_COLORS } from "../../client/graph/style.ts";
import type { SerializedGraph, SliceGraphAttributes } from "../../client/graph/types.ts";
import { EDGE_FACTS, NODE_FACTS } from "../_helpers/graph-fixtures.ts";

const XIA = "person:arxiv:Xia Song";
const TIWARY = "person:arxiv:Saurabh Tiwary";
const PAPER = "paper:arxiv:2204.06644";
const TOPIC = "topic:arxiv:cs.CL";

function slice(): SerializedGraph<SliceGraphAttributes> {
  return {
    attributes: { focus: XIA, truncated: false, omitted: {} },
    nodes: [
      { key: XIA, attributes: { ...NODE_FACTS, kind: "person", label: "Xia Song", weight: 7 } },
      { key: TIWARY, attributes: { ...NODE_FACTS, kind: "person", label: "Saurabh Tiwary", weight: 4 } },
      { key: PAPER, attributes: { ...NODE_FACTS, kind: "paper", label: "METRO", weight: 3, year: 2022 } },
      {
        key: TOPIC,
        attributes: { ...NODE_FACTS, kind: "topic", label: "Computation and Language", weight: 7 },
      },
    ],
    edges: [
      { key: `coauthor:${TIWARY}->${XIA}`, source: TIWARY, target: XIA, attributes: { kind: "coauthor", weight: 4 } },
      { key: `authored:${XIA}->${PAPER}`, source: XIA, target: PAPER, attributes: { kind: "authored", weight: 1 } },
      {
        key: `has_topic:${PAPER}->${TOPIC}`,
        source: PAPER,
        target: TOPIC,
        attributes: { ...EDGE_FACTS, kind: "has_topic" },
      },
    ],
  };
}

describe("createGraph", () => {
  it("imports every node and edge with a position, the focus centred; the data graph holds no render attributes", () => {
    const graph = createGraph(slice());
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes(XIA)).toMatchObject({ x: 0, y: 0 });
    graph.forEachNode((node, attributes) => {
      expect(Number.isFinite(attributes.x), node).toBe(true);
      expect(Number.isFinite(attributes.y), node).toBe(true);
      expect((attributes as Record<string, unknown>).color, node).toBeUndefined();
    });
    expect(graph.getAttribute("focus")).toBe(XIA);
  });

  it("the profile's page layer colours by kind and draws the focus biggest", () => {
    const layer = kindLayer(createGraph(slice()), XIA);
    expect(layer.colors.get(PAPER)).toBe(KIND_COLORS.paper);
    expect(layer.colors.get(TOPIC)).toBe(KIND_COLORS.topic);
    expect(layer.sizes.get(XIA)).toBe(FOCUS_NODE_SIZE);
    expect(Math.max(...layer.sizes.values())).toBe(FOCUS_NODE_SIZE);
    expect(layer.hiddenNodes.size).toBe(0);
  });

  it("places nodes deterministically: the same slice gives the same positions", () => {
    const a = createGraph(slice());
    const b = createGraph(slice());
    for (const node of a.nodes()) {
      expect(b.getNodeAttributes(node)).toMatchObject({ x: a.getNodeAttribute(node, "x") });
    }
    // Non-focus nodes are spread out, not stacked on the focus.
    const positions = new Set(a.mapNodes((_n, attr) => `${attr.x.toFixed(3)},${attr.y.toFixed(3)}`));
    expect(positions.size).toBe(4);
  });

  it("skips edges whose ends were not sent instead of throwing", () => {
    const data = slice();
    data.edges.push({
      key: "cites:paper:a->paper:missing",
      source: PAPER,
      target: "paper:missing",
      attributes: { ...EDGE_FACTS, kind: "cites" },
    });
    const graph = createGraph(data);
    expect(graph.size).toBe(3);
  });

  it("counts nodes by kind", () => {
    expect(countByKind(createGraph(slice()))).toEqual({ person: 2, paper: 1, topic: 1 });
  });
});

describe("mergeSlice", () => {
  it("merging the same slice twice changes nothing, and keeps positions", () => {
    const graph = createGraph(slice());
    const before = graph.export();
    const result = mergeSlice(graph, slice());
    expect(result).toEqual({ addedNodes: [], addedEdges: [] });
    expect(graph.export()).toEqual(before);
  });

  it("adds new nodes next to the node they connect to", () => {
    const graph = createGraph(slice());
    graph.mergeNodeAttributes(TIWARY, { x: 100, y: 100 });
    const other = "person:arxiv:Someone";
    const result = mergeSlice(graph, {
      attributes: { node: TIWARY },
      nodes: [{ key: other, attributes: { ...NODE_FACTS, kind: "person", label: "Someone", weight: 1 } }],
      edges: [
        {
          key: `coauthor:${other}->${TIWARY}`,
          source: other,
          target: TIWARY,
          attributes: { ...EDGE_FACTS, kind: "coauthor" },
        },
      ],
    });
    expect(result.addedNodes).toEqual([other]);
    expect(result.addedEdges).toHaveLength(1);
    const { x, y } = graph.getNodeAttributes(other);
    expect(Math.hypot(x - 100, y - 100)).toBeLessThan(2);
    // The focus from the first slice survives a merge whose attributes do not name one.
    expect(graph.getAttribute("focus")).toBe(XIA);
  });
});
