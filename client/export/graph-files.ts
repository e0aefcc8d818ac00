/**
 * The view as graph files for Gephi, Gephi Lite, Cytoscape and spreadsheets: GEXF through graphology-gexf's writer,
 * GraphML through a small writer of our own (graphology-graphml only parses), and CSV of nodes and of edges. All are
 * pure functions of the snapshot (snapshot.ts): the nodes and edges drawn, with kinds, labels, drawn colours, sizes
 * and positions, edge weights and the data attributes behind them. Positions are the drawn viewport pixels with y
 * pointing up (Gephi's convention), so the file opens looking like the view.
 */
import { DirectedGraph } from "graphology";
import gexfWriter from "graphology-gexf/browser/writer.js";
import { cjsDefault } from "../graph/interop.ts";
import { escapeXml } from "./svg.ts";
import type { SnapshotEdge, SnapshotNode, ViewSnapshot } from "./snapshot.ts";

/** Data attributes exported beside the drawing (the contract's node and edge attributes). */
export const NODE_DATA_FIELDS = [
  "kind",
  "weight",
  "year",
  "firstYear",
  "lastYear",
  "worksCount",
  "citationCount",
  "peopleCount",
  "code",
] as const;
export const EDGE_DATA_FIELDS = ["kind", "weight", "works", "firstYear", "lastYear", "position", "primary"] as const;

type Scalar = string | number | boolean;

const writeGexf = cjsDefault(gexfWriter);

const round = (value: number) => Math.round(value * 100) / 100;

function scalar(value: unknown): Scalar | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return typeof value === "string" || typeof value === "boolean" ? value : null;
}

/** A node's data attributes that have a value. */
export function nodeData(node: SnapshotNode): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const field of NODE_DATA_FIELDS) {
    const value = scalar((node.attributes as Record<string, unknown>)[field]);
    if (value !== null) out[field] = value;
  }
  return out;
}

export function edgeData(edge: SnapshotEdge): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const field of EDGE_DATA_FIELDS) {
    const value = scalar((edge.attributes as Record<string, unknown>)[field]);
    if (value !== null) out[field] = value;
  }
  out.weight = edge.weight;
  return out;
}

/** The drawn position in Gephi's orientation (y up). */
export const filePosition = (node: SnapshotNode) => ({ x: round(node.x), y: round(-node.y) });

/** GEXF 1.3 (viz colour, size, position; edge weights; kind and the data as attributes), by graphology-gexf. */
export function toGexf(snapshot: ViewSnapshot): string {
  const graph = new DirectedGraph();
  for (const node of snapshot.nodes) {
    graph.addNode(node.key, { label: node.label, ...nodeData(node), drawn: node });
  }
  for (const edge of snapshot.edges) {
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edgeData(edge), drawn: edge });
  }
  return writeGexf(graph, {
    version: "1.3",
    formatNode: (_key, { label, drawn, ...data }) => ({
      label: label as string,
      viz: {
        color: (drawn as SnapshotNode).color,
        size: round((drawn as SnapshotNode).size),
        ...filePosition(drawn as SnapshotNode),
      },
      attributes: data,
    }),
    formatEdge: (_key, { drawn, weight, ...data }) => ({
      weight: weight as number,
      viz: { color: (drawn as SnapshotEdge).color, thickness: round((drawn as SnapshotEdge).size) },
      attributes: data,
    }),
  });
}

interface KeyDef {
  id: string;
  for: "node" | "edge";
  name: string;
  type: "string" | "double" | "int" | "boolean";
}

function typeOf(values: readonly Scalar[]): KeyDef["type"] {
  if (values.every((value) => typeof value === "boolean")) return "boolean";
  if (values.every((value) => typeof value === "number" && Number.isInteger(value))) return "int";
  if (values.every((value) => typeof value === "number")) return "double";
  return "string";
}

function keyDefs(target: "node" | "edge", rows: readonly Record<string, Scalar>[]): KeyDef[] {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return names.map((name) => {
    const values = rows.map((row) => row[name]).filter((value): value is Scalar => value !== undefined);
    return { id: `${target[0]}_${name}`, for: target, name, type: typeOf(values) };
  });
}

const dataXml = (keys: readonly KeyDef[], row: Record<string, Scalar>) =>
  keys
    .filter((key) => row[key.name] !== undefined)
    .map((key) => `<data key="${key.id}">${escapeXml(String(row[key.name]))}</data>`)
    .join("");

/** GraphML with typed keys: label, colour (hex), size, x, y and the data attributes; edge weight, colour, size. */
export function toGraphml(snapshot: ViewSnapshot): string {
  const nodeRows = snapshot.nodes.map((node) => ({
    label: node.label,
    color: node.color,
    size: round(node.size),
    ...filePosition(node),
    ...nodeData(node),
  }));
  const edgeRows = snapshot.edges.map((edge) => ({ ...edgeData(edge), color: edge.color, size: round(edge.size) }));
  const nodeKeys = keyDefs("node", nodeRows);
  const edgeKeys = keyDefs("edge", edgeRows);
  const keys = [...nodeKeys, ...edgeKeys].map(
    (key) => `<key id="${key.id}" for="${key.for}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
  );
  const nodes = snapshot.nodes.map(
    (node, i) => `<node id="${escapeXml(node.key)}">${dataXml(nodeKeys, nodeRows[i]!)}</node>`,
  );
  const edges = snapshot.edges.map(
    (edge, i) =>
      `<edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${dataXml(edgeKeys, edgeRows[i]!)}</edge>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys,
    `<graph id="G" edgedefault="directed">`,
    ...nodes,
    ...edges,
    `</graph>`,
    `</graphml>`,
  ].join("\n");
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: Scalar | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (header: readonly string[], rows: readonly (Scalar | null | undefined)[][]) =>
  [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";

export const NODE_CSV_COLUMNS = ["key", "label", "x", "y", "size", "color", ...NODE_DATA_FIELDS] as const;
export const EDGE_CSV_COLUMNS = ["key", "source", "target", "color", "size", ...EDGE_DATA_FIELDS] as const;

export function nodesCsv(snapshot: ViewSnapshot): string {
  return csv(
    NODE_CSV_COLUMNS,
    snapshot.nodes.map((node) => {
      const row: Record<string, Scalar> = {
        key: node.key,
        label: node.label,
        ...filePosition(node),
        size: round(node.size),
        color: node.color,
        ...nodeData(node),
      };
      return NODE_CSV_COLUMNS.map((column) => row[column]);
    }),
  );
}

export function edgesCsv(snapshot: ViewSnapshot): string {
  return csv(
    EDGE_CSV_COLUMNS,
    snapshot.edges.map((edge) => {
      const row: Record<string, Scalar> = {
        key: edge.key,
        source: edge.source,
        target: edge.target,
        color: edge.color,
        size: round(edge.size),
        ...edgeData(edge),
      };
      return EDGE_CSV_COLUMNS.map((column) => row[column]);
    }),
  );
}
