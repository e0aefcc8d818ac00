/**
 * Shapes query rows into graphology's serialized graph. Node keys and edge keys are derived from ids only, so the
 * same slice merged twice (`graph.import(data, true)`) changes nothing.
 */
import { edgeKey, nodeKey } from "../../contract/keys.ts";
import type { NodeKind } from "../../contract/kinds.ts";
import type { GraphEdge, GraphEdgeAttributes, GraphNode, SerializedGraph } from "../../contract/schemas/common.ts";
import { edgeKindOf } from "./relationships.ts";

/** A node as the graph queries return it (a map projection; absent properties are null). */
export interface NodeRow {
  kind: NodeKind;
  id: string;
  name?: string | null;
  title?: string | null;
  year?: number | null;
  worksCount?: number | null;
  citationCount?: number | null;
  peopleCount?: number | null;
  coauthorCount?: number | null;
  papersCount?: number | null;
  firstYear?: number | null;
  lastYear?: number | null;
  code?: string | null;
}

/** A relationship as the graph queries return it. */
export interface EdgeRow {
  type: string;
  source: { kind: NodeKind; id: string };
  target: { kind: NodeKind; id: string };
  props: Record<string, unknown>;
}

/** The weight a node is ranked by (and the client sizes it by): works for people and topics, citations for papers, people, papers. */
export function nodeWeight(row: NodeRow): number {
  switch (row.kind) {
    case "person":
      return row.worksCount ?? 0;
    case "paper":
      return row.citationCount ?? 0;
    case "topic":
      return row.worksCount ?? 0;
    case "institution":
      return row.peopleCount ?? 0;
    case "venue":
      return row.papersCount ?? 0;
  }
}

export function toSerializedNode(row: NodeRow): GraphNode {
  const weight = nodeWeight(row);
  const label = row.kind === "paper" ? (row.title ?? row.id) : (row.name ?? row.code ?? row.id);
  return {
    key: nodeKey(row.kind, row.id),
    attributes: {
      kind: row.kind,
      label,
      weight,
      year: row.year ?? null,
      firstYear: row.firstYear ?? null,
      lastYear: row.lastYear ?? null,
      worksCount: row.worksCount ?? null,
      citationCount: row.citationCount ?? null,
      peopleCount: row.peopleCount ?? null,
      coauthorCount: row.coauthorCount ?? null,
      code: row.code ?? null,
    },
  };
}

const EDGE_FIELDS = ["works", "firstYear", "lastYear", "topics", "position", "primary"] as const;

/** Null for relationship types the API does not expose. */
export function toSerializedEdge(row: EdgeRow): GraphEdge | null {
  const kind = edgeKindOf(row.type);
  if (kind === null) return null;
  let source = nodeKey(row.source.kind, row.source.id);
  let target = nodeKey(row.target.kind, row.target.id);
  // Co-authorship has no direction: the smaller key is the source, whichever way the relationship was stored.
  if (kind === "coauthor" && target < source) [source, target] = [target, source];
  const attributes: GraphEdgeAttributes = { kind, weight: 1 };
  for (const field of EDGE_FIELDS) {
    const value = row.props[field];
    if (value !== undefined && value !== null) (attributes as Record<string, unknown>)[field] = value;
  }
  if (typeof row.props.works === "number" && row.props.works >= 1) attributes.weight = row.props.works;
  return { key: edgeKey(kind, source, target), source, target, attributes };
}

/** Collects nodes and edges once each, keeping insertion order (callers insert in rank order). */
export class GraphAccumulator {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  /** `external`: keys the client already holds (expand's `exclude`); edges may end there without the node. */
  constructor(private readonly external: ReadonlySet<string> = new Set()) {}

  addNode(row: NodeRow): string {
    const node = toSerializedNode(row);
    if (!this.nodes.has(node.key)) this.nodes.set(node.key, node);
    return node.key;
  }

  /** Adds the edge when both ends are present (or external), and at least one end is a node of this graph. */
  addEdge(row: EdgeRow): void {
    const edge = toSerializedEdge(row);
    if (edge === null || this.edges.has(edge.key)) return;
    const known = (key: string) => this.nodes.has(key) || this.external.has(key);
    if (!known(edge.source) || !known(edge.target)) return;
    if (!this.nodes.has(edge.source) && !this.nodes.has(edge.target)) return;
    this.edges.set(edge.key, edge);
  }

  toGraph<A>(attributes: A): SerializedGraph<A> {
    return { attributes, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}
