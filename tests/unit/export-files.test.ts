/**
 * Every graph export of a view, read back with an independent parser (graphology-gexf's and graphology-graphml's
 * readers, csv-parse, @xmldom/xmldom for the SVG) and compared with the snapshot it was written from: counts, kinds,
 * labels (with XML and CSV specials), colours, sizes, positions and edge weights.
 */
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { DirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { edgesCsv, filePosition, nodesCsv, toGexf, toGraphml } from "../../client/export/graph-files.ts";
import {
  kindLegend,
  recount,
  type SnapshotEdge,
  type SnapshotNode,
  type ViewSnapshot,
} from "../../client/export/snapshot.ts";
import { renderSvg } from "../../client/export/svg.ts";
import type { NodeKind } from "../../contract/kinds.ts";
import { EDGE_FACTS, NODE_FACTS } from "../_helpers/graph-fixtures.ts";

function node(key: string, kind: NodeKind, label: string, x: number, y: number, extra: Partial<SnapshotNode> = {}) {
  return {
    key,
    kind,
    label,
    x,
    y,
    size: 6.5,
    color: "#2563eb",
    text: label,
    side: "right",
    labelColor: "#1f2937",
    zIndex: 0,
    attributes: { ...NODE_FACTS, kind, label, x: 0, y: 0, weight: 3, year: kind === "paper" ? 1994 : null },
    ...extra,
  } satisfies SnapshotNode;
}

function edge(source: string, target: string, kind: SnapshotEdge["kind"], weight: number): SnapshotEdge {
  return {
    key: `${kind}:${source}->${target}`,
    source,
    target,
    kind,
    weight,
    color: "#c3ccd8",
    size: 1.3,
    zIndex: 0,
    attributes: { ...EDGE_FACTS, kind, weight },
  };
}

const nodes: SnapshotNode[] = [
  node("person:arxiv:Xia Song", "person", "Xia Song", 400, 300, { size: 20 }),
  node('person:arxiv:O\'Brien, "Pat"', "person", 'O\'Brien, "Pat" & <co>', 520.25, 180.5, { text: null }),
  node("paper:arxiv:hep-th/9401002", "paper", "Strings, branes; and \u00e9t\u00e9 \u2014 a review", 300, 420, {
    color: "#d97706",
    side: "left",
  }),
  node("topic:arxiv:hep-th", "topic", "High Energy Physics - Theory", 610, 390, { color: "#059669", side: "below" }),
];
const edges = [
  edge(nodes[0]!.key, nodes[1]!.key, "coauthor", 3),
  edge(nodes[0]!.key, nodes[2]!.key, "authored", 1),
  edge(nodes[2]!.key, nodes[3]!.key, "has_topic", 1),
];
const snapshot: ViewSnapshot = {
  title: "Research graph around Xia Song",
  width: 800,
  height: 600,
  nodes,
  edges,
  legend: kindLegend(nodes),
};

describe("GEXF (graphology-gexf writer) read back by graphology-gexf's parser", () => {
  const graph = parseGexf(DirectedGraph, toGexf(snapshot));
  it("has the view's nodes and edges with labels, kinds and weights", () => {
    expect(graph.order).toBe(nodes.length);
    expect(graph.size).toBe(edges.length);
    for (const n of nodes) {
      const attributes = graph.getNodeAttributes(n.key);
      expect(attributes.label).toBe(n.label);
      expect(attributes.kind).toBe(n.kind);
      expect(attributes.color).toBe(n.color);
      expect(attributes.size).toBeCloseTo(n.size, 2);
      expect(attributes.x).toBeCloseTo(filePosition(n).x, 2);
      expect(attributes.y).toBeCloseTo(-n.y, 2);
    }
    for (const e of edges) {
      const found = graph.edge(e.source, e.target)!;
      expect(found).toBeDefined();
      expect(graph.getEdgeAttribute(found, "weight")).toBe(e.weight);
      expect(graph.getEdgeAttribute(found, "kind")).toBe(e.kind);
    }
  });
});

describe("GraphML (own writer) read back by graphology-graphml's parser", () => {
  const graph = parseGraphml(DirectedGraph, toGraphml(snapshot));
  it("has the view's nodes and edges with labels, kinds, colours, sizes, positions and weights", () => {
    expect(graph.order).toBe(nodes.length);
    expect(graph.size).toBe(edges.length);
    for (const n of nodes) {
      const attributes = graph.getNodeAttributes(n.key);
      expect(attributes).toMatchObject({ label: n.label, kind: n.kind, color: n.color, size: n.size, weight: 3 });
      expect(attributes.x).toBeCloseTo(n.x, 2);
      expect(attributes.y).toBeCloseTo(-n.y, 2);
    }
    for (const e of edges) {
      const found = graph.edge(e.source, e.target)!;
      expect(graph.getEdgeAttributes(found)).toMatchObject({ kind: e.kind, weight: e.weight, color: e.color });
    }
  });
});

describe("CSV of nodes and of edges read back by csv-parse", () => {
  it("one row per node with key, label (quotes, commas), kind, position, size and colour", () => {
    const rows = parseCsv(nodesCsv(snapshot), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(nodes.length);
    rows.forEach((row, i) => {
      const n = nodes[i]!;
      expect(row).toMatchObject({ key: n.key, label: n.label, kind: n.kind, color: n.color, size: String(n.size) });
      expect(Number(row.x)).toBeCloseTo(n.x, 2);
      expect(Number(row.y)).toBeCloseTo(-n.y, 2);
      expect(row.year).toBe(n.attributes.year === null ? "" : String(n.attributes.year));
    });
  });
  it("one row per edge with source, target, kind and weight", () => {
    const rows = parseCsv(edgesCsv(snapshot), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.source, row.target, row.kind, Number(row.weight)])).toEqual(
      edges.map((e) => [e.source, e.target, e.kind, e.weight]),
    );
  });
});

describe("SVG drawn from the snapshot, read by an XML parser", () => {
  const { svg, width, height } = renderSvg(snapshot);
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  it("is well-formed and as big as the view plus the legend rows", () => {
    expect(doc.documentElement!.getAttribute("width")).toBe(String(width));
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(600);
  });
  it("draws each node at its drawn position, radius and colour, each edge between its ends", () => {
    const circles = all("circle").filter((c) => c.getAttribute("data-key"));
    expect(circles).toHaveLength(nodes.length);
    for (const n of nodes) {
      const circle = circles.find((c) => c.getAttribute("data-key") === n.key)!;
      expect(Number(circle.getAttribute("cx"))).toBeCloseTo(n.x, 2);
      expect(Number(circle.getAttribute("cy"))).toBeCloseTo(n.y, 2);
      expect(Number(circle.getAttribute("r"))).toBeCloseTo(n.size, 2);
      expect(circle.getAttribute("fill")).toBe(n.color);
    }
    const lines = all("line");
    expect(lines).toHaveLength(edges.length);
    expect(Number(lines[0]!.getAttribute("x2"))).toBeCloseTo(nodes[1]!.x, 2);
  });
  it("writes the labels drawn (not the hidden one) and a legend entry per kind", () => {
    const texts = all("text").map((t) => t.textContent);
    for (const n of nodes) {
      if (n.text) expect(texts).toContain(n.text);
      else expect(texts).not.toContain(n.label);
    }
    expect(texts).toContain("Researchers (2)");
    expect(texts).toContain("Papers (1)");
    expect(texts).toContain("Topics (1)");
  });
});

describe("legend of a page's own colour key", () => {
  it("counts the nodes drawn in each colour and drops colours nothing is drawn in", () => {
    const legend = [
      { label: "Researchers", color: "#2563eb", count: 54 },
      { label: "Topics", color: "#059669", count: 3 },
      { label: "Venues", color: "#db2777", count: 2 },
    ];
    expect(recount(legend, nodes)).toEqual([
      { label: "Researchers", color: "#2563eb", count: 2 },
      { label: "Topics", color: "#059669", count: 1 },
    ]);
  });
});
