/**
 * Topic-labelled collaborations (issue 12 §4), the pure parts: the words of an edge, the server's naming of edge
 * topics, the edge layer of the reducers, the explorer's topic encoding and topic filter.
 */
import { describe, expect, it } from "vitest";
import { NODE_FACTS } from "../_helpers/graph-fixtures.ts";
import { createGraph } from "../../client/graph/data-graph.ts";
import { kindLayer } from "../../client/graph/appearance.ts";
import {
  collaborationTopics,
  describeCollaboration,
  dominantTopic,
  edgeTopicLabel,
  yearSpan,
} from "../../client/graph/edge-topics.ts";
import { initialViewState, setEdgeLabels, setHovered, setHoveredEdge } from "../../client/graph/reducers.ts";
import { reduceEdge } from "../../client/graph/edge-layer.ts";
import { edgeLabelBox, pickEdgeLabels } from "../../client/graph/edge-labels.ts";
import { applyFilters, DEFAULT_FILTERS, topicChoices } from "../../client/explorer/filters.ts";
import { computeAppearance, COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR } from "../../client/explorer/encodings.ts";
import { nodeTopics, topicColoring } from "../../client/explorer/topic-encoding.ts";
import { KIND_COLORS, KIND_LABELS_PLURAL } from "../../client/graph/style.ts";
import { coauthorTopicIds, withTopicNames } from "../../server/graph/coauthor-topics.ts";
import type { GraphEdge, SerializedGraph } from "../../client/graph/types.ts";

const collaboration = (source: string, target: string, works: number, topics?: string[], names?: string[]) => ({
  key: `coauthor:${source}->${target}`,
  source,
  target,
  attributes: {
    kind: "coauthor" as const,
    weight: works,
    works,
    firstYear: 1992,
    lastYear: 1992 + works - 1,
    ...(topics ? { topics } : {}),
    ...(names ? { topicNames: names } : {}),
  },
});

/** a–b share hep-th (3 works) then gr-qc; b–c share gr-qc (1 work); c–d share none; a works on hep-th. */
function network(): SerializedGraph {
  const person = (key: string) => ({
    key,
    attributes: { ...NODE_FACTS, kind: "person" as const, label: key, weight: 1 },
  });
  return {
    attributes: { focus: "a" },
    nodes: [
      ...["a", "b", "c", "d"].map(person),
      { key: "topic:arxiv:hep-th", attributes: { ...NODE_FACTS, kind: "topic" as const, label: "hep-th", weight: 9 } },
    ],
    edges: [
      collaboration("a", "b", 3, ["arxiv:hep-th", "arxiv:gr-qc"], ["hep-th", "gr-qc"]),
      collaboration("b", "c", 1, ["arxiv:gr-qc"], ["gr-qc"]),
      collaboration("c", "d", 2),
      {
        key: "works_on:a->topic:arxiv:hep-th",
        source: "a",
        target: "topic:arxiv:hep-th",
        attributes: { kind: "works_on" as const, weight: 3 },
      },
    ],
  };
}

describe("the words of a collaboration", () => {
  const [ab, , cd] = network().edges.map((edge) => edge.attributes);

  it("names the shared topics, most shared first, and falls back to ids without names", () => {
    expect(collaborationTopics(ab!)).toEqual(["hep-th", "gr-qc"]);
    expect(collaborationTopics({ kind: "coauthor", topics: ["openalex:T1"] })).toEqual(["openalex:T1"]);
    expect(collaborationTopics({ kind: "authored", topics: ["x"] })).toEqual([]);
    expect(dominantTopic(ab!)).toBe("arxiv:hep-th");
    expect(dominantTopic(cd!)).toBeNull();
  });

  it("labels the edge with at most two short topic names", () => {
    expect(edgeTopicLabel(ab!)).toBe("hep-th · gr-qc");
    const long = edgeTopicLabel({
      kind: "coauthor",
      topics: ["1", "2", "3"],
      topicNames: ["Quantum chromodynamics and particle interactions", "Cosmology", "Ignored third"],
    })!;
    expect(long.split(" · ")).toHaveLength(2);
    expect(long.split(" · ")[0]!.length).toBeLessThanOrEqual(26);
    expect(edgeTopicLabel(cd!)).toBeNull();
  });

  it('reads "n shared works, first–last year, topics"', () => {
    expect(describeCollaboration(ab!)).toBe("3 shared works, 1992–1994, topics: hep-th, gr-qc");
    expect(describeCollaboration({ ...ab!, works: 1, lastYear: 1992, topics: ["t"], topicNames: ["QFT"] })).toBe(
      "1 shared work, 1992, topic: QFT",
    );
    expect(describeCollaboration(cd!)).toBe("2 shared works, 1992–1993, no shared topic");
    expect(describeCollaboration({ kind: "cites", weight: 1 })).toBeNull();
    expect(yearSpan(null, null)).toBeNull();
    expect(yearSpan(1995, 1991)).toBe("1991–1995");
  });
});

describe("server: topic names on co-author edges", () => {
  it("collects each id once and writes names in the order of the ids, keeping unknown ids", () => {
    const graph = network();
    const bare = {
      ...graph,
      edges: graph.edges.map((edge): GraphEdge => {
        const { topicNames: _names, ...attributes } = edge.attributes as GraphEdge["attributes"];
        return { ...edge, attributes };
      }),
    };
    expect(coauthorTopicIds(bare)).toEqual(["arxiv:hep-th", "arxiv:gr-qc"]);
    const named = withTopicNames(bare, new Map([["arxiv:gr-qc", "General relativity"]]));
    expect(named.edges[0]!.attributes.topicNames).toEqual(["arxiv:hep-th", "General relativity"]);
    expect(named.edges[2]!.attributes.topicNames).toBeUndefined();
    expect(bare.edges[0]!.attributes.topicNames).toBeUndefined();
  });
});

describe("the edge layer of the reducers", () => {
  const graph = createGraph(network());
  const layer = kindLayer(graph, "a");
  const idle = initialViewState("a");
  const ab = graph.getEdgeAttributes("coauthor:a->b");

  it("labels a co-author edge with its topics exactly when the view picked it", () => {
    expect(reduceEdge("coauthor:a->b", ab, false, layer, idle).label).toBeUndefined();
    const picked = setEdgeLabels(new Set(["coauthor:a->b", "coauthor:c->d"]))(idle);
    expect(reduceEdge("coauthor:a->b", ab, false, layer, picked)).toMatchObject({
      label: "hep-th · gr-qc",
      labelVisibility: "visible",
    });
    // No shared topic, no label, even when picked.
    expect(reduceEdge("coauthor:c->d", graph.getEdgeAttributes("coauthor:c->d"), false, layer, picked).label).toBe(
      undefined,
    );
  });

  it("draws the hovered edge thicker and darker than the others", () => {
    const hovered = reduceEdge("coauthor:a->b", ab, false, layer, setHoveredEdge("coauthor:a->b")(idle));
    const normal = reduceEdge("coauthor:a->b", ab, false, layer, idle);
    expect(hovered.size!).toBeGreaterThan(normal.size!);
    expect(hovered.color).not.toBe(normal.color);
    const elsewhere = setHovered(graph, "d")(idle);
    expect(reduceEdge("coauthor:a->b", ab, false, layer, elsewhere).color).toBe(idle.theme.edgeFade);
  });

  it("is thicker for more shared works and takes the page layer's edge colour", () => {
    const one = reduceEdge("coauthor:b->c", graph.getEdgeAttributes("coauthor:b->c"), false, layer, idle);
    expect(reduceEdge("coauthor:a->b", ab, false, layer, idle).size!).toBeGreaterThan(one.size!);
    const coloured = { ...layer, edgeColors: new Map([["coauthor:a->b", "#123456"]]) };
    expect(reduceEdge("coauthor:a->b", ab, false, coloured, idle).color).toBe("#123456");
  });
});

describe("which edge labels are drawn", () => {
  // A horizontal edge 200 px long between two 5 px nodes: room for 182 px of text.
  const edge = (key: string, y: number, width: number, priority = 1) => ({
    key,
    x1: 0,
    y1: y,
    r1: 5,
    x2: 200,
    y2: y,
    r2: 5,
    width,
    priority,
  });

  it("keeps a label that fits along its edge, drops one longer than the edge", () => {
    expect([...pickEdgeLabels([edge("fits", 0, 120), edge("long", 100, 190)], [])]).toEqual(["fits"]);
  });

  it("never lets two labels or a label and a node label overlap; priority decides", () => {
    const kept = pickEdgeLabels([edge("low", 0, 100, 1), edge("high", 6, 100, 2), edge("apart", 60, 100, 1)], []);
    expect([...kept].sort()).toEqual(["apart", "high"]);
    const blocked = pickEdgeLabels([edge("under-label", 0, 100)], [{ x1: 90, y1: -5, x2: 130, y2: 5 }]);
    expect(blocked.size).toBe(0);
  });

  it("always keeps a forced label (the hovered edge)", () => {
    const kept = pickEdgeLabels([{ ...edge("hovered", 0, 500), force: true }], [{ x1: 0, y1: -50, x2: 200, y2: 50 }]);
    expect([...kept]).toEqual(["hovered"]);
  });

  it("boxes a diagonal label by its rotated extent", () => {
    const box = edgeLabelBox({ key: "d", x1: 0, y1: 0, r1: 0, x2: 100, y2: 100, r2: 0, width: 40, priority: 0 }, 10);
    const side = 40 * Math.SQRT1_2 + 10 * Math.SQRT1_2;
    expect(box.x2 - box.x1).toBeCloseTo(side);
    expect((box.x1 + box.x2) / 2).toBeCloseTo(50);
  });
});

describe("explorer: colour by topic", () => {
  const graph = createGraph(network());

  it("gives each node the topic it is most about", () => {
    const topics = nodeTopics(graph);
    // a: hep-th by its 3-work collaboration and its works_on link; b: hep-th (3) over gr-qc (1); c: gr-qc only.
    expect(topics.get("a")).toBe("arxiv:hep-th");
    expect(topics.get("b")).toBe("arxiv:hep-th");
    expect(topics.get("c")).toBe("arxiv:gr-qc");
    expect(topics.has("d")).toBe(false);
    expect(topics.get("topic:arxiv:hep-th")).toBe("arxiv:hep-th");
  });

  it("colours collaborations by their dominant topic, most frequent topics first in the legend", () => {
    const coloring = topicColoring(graph, ["#111111", "#222222"], "#999999");
    expect(coloring.edgeColors.get("coauthor:a->b")).toBe(coloring.nodeColors.get("a"));
    expect(coloring.edgeColors.has("coauthor:c->d")).toBe(false);
    expect(coloring.nodeColors.get("d")).toBe("#999999");
    expect(coloring.legend.map((entry) => entry.label)).toEqual(["gr-qc", "hep-th"].sort());
    const one = topicColoring(graph, ["#111111"], "#999999");
    expect(one.legend.at(-1)).toMatchObject({ label: "Other topics", color: "#999999" });
  });

  it("is an encoding of computeAppearance with edge colours; the others leave edges to their kind", () => {
    const look = computeAppearance(graph, { colorBy: "topic", sizeBy: "degree" }, KIND_COLORS, KIND_LABELS_PLURAL);
    expect(look.edgeColors.get("coauthor:a->b")).toBe(
      COMMUNITY_PALETTE[look.legend.findIndex((e) => e.label === "hep-th")],
    );
    expect(look.colors.get("d")).toBe(OTHER_COMMUNITY_COLOR);
    const kinds = computeAppearance(graph, { colorBy: "kind", sizeBy: "degree" }, KIND_COLORS, KIND_LABELS_PLURAL);
    expect(kinds.edgeColors.size).toBe(0);
  });
});

describe("explorer: the topic filter keeps the collaborations in that topic", () => {
  const graph = createGraph(network());

  it("hides collaborations in other topics, even between people it keeps", () => {
    const { hiddenEdges, hiddenNodes } = applyFilters(graph, { ...DEFAULT_FILTERS, topic: "topic:arxiv:gr-qc" });
    expect(hiddenEdges.has("coauthor:b->c")).toBe(false);
    // a–b share gr-qc too (second topic): kept.
    expect(hiddenEdges.has("coauthor:a->b")).toBe(false);
    expect(hiddenEdges.has("coauthor:c->d")).toBe(true);
    expect(hiddenNodes.has("d")).toBe(true);
    const hep = applyFilters(graph, { ...DEFAULT_FILTERS, topic: "topic:arxiv:hep-th" });
    expect(hep.hiddenEdges.has("coauthor:b->c")).toBe(true);
    expect(hep.hiddenEdges.has("coauthor:a->b")).toBe(false);
    // works_on is not a collaboration: the topic's own links stay.
    expect(hep.hiddenEdges.has("works_on:a->topic:arxiv:hep-th")).toBe(false);
  });

  it("offers the topics of collaborations as well as topic nodes", () => {
    expect(topicChoices(graph)).toEqual([
      ["topic:arxiv:gr-qc", "gr-qc"],
      ["topic:arxiv:hep-th", "hep-th"],
    ]);
  });
});
