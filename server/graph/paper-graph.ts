/**
 * Shapes cypher/papers/paper-graph.cypher's row into the paper graph (contract/schemas/paper-graph.ts): the focus,
 * its references and the works citing it as paper nodes carrying their side, rank and relevance, and one CITES edge
 * from each citing work to the paper and from the paper to each reference (the direction of the citation).
 */
import { edgeKey } from "../../contract/keys.ts";
import type { GraphEdge } from "../../contract/schemas/common.ts";
import type { PaperGraph, PaperGraphNodeAttributes, PaperGraphSide } from "../../contract/schemas/paper-graph.ts";
import { toSerializedNode, type NodeRow } from "./serialized.ts";

type Row = Record<string, unknown>;

/** A paper as the statement returns it. */
interface PaperRow {
  id: string;
  title?: string | null;
  year?: number | null;
  citationCount?: number | null;
  cocitation?: number;
  coupling?: number;
  authors?: (string | null)[];
  topics?: (string | null)[];
}

interface SideRow {
  side: "reference" | "citing";
  total: number;
  items: PaperRow[];
}

const names = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((name): name is string => typeof name === "string") : [];

function paperNode(paper: PaperRow, side: PaperGraphSide, rank: number) {
  const row: NodeRow = { kind: "paper", ...paper };
  const base = toSerializedNode(row);
  const cocitation = paper.cocitation ?? 0;
  const coupling = paper.coupling ?? 0;
  const authors = names(paper.authors);
  const attributes: PaperGraphNodeAttributes = {
    ...base.attributes,
    side,
    cocitation,
    coupling,
    relevance: cocitation + coupling,
    rank,
    authors: authors.slice(0, 20),
    authorCount: authors.length,
    topicNames: names(paper.topics),
  };
  return { key: base.key, attributes };
}

/** The paper graph of the statement's row (null row: no such paper → null). */
export function toPaperGraph(row: Row | undefined): PaperGraph | null {
  if (!row) return null;
  const focus = paperNode(row.focus as PaperRow, "focus", 0);
  const sides = (row.sides as SideRow[]) ?? [];
  const side = (name: SideRow["side"]) => sides.find((s) => s.side === name) ?? { side: name, total: 0, items: [] };
  const references = side("reference");
  const citing = side("citing");
  const nodes = [focus];
  const edges: GraphEdge[] = [];
  const cites = (source: string, target: string): GraphEdge => ({
    key: edgeKey("cites", source, target),
    source,
    target,
    attributes: { kind: "cites", weight: 1 },
  });
  references.items.forEach((paper, i) => {
    const node = paperNode(paper, "reference", i + 1);
    nodes.push(node);
    edges.push(cites(focus.key, node.key));
  });
  citing.items.forEach((paper, i) => {
    const node = paperNode(paper, "citing", i + 1);
    nodes.push(node);
    edges.push(cites(node.key, focus.key));
  });
  return {
    attributes: {
      focus: focus.key,
      references: { total: references.total, shown: references.items.length },
      citing: { total: citing.total, shown: citing.items.length },
      year: focus.attributes.year,
    },
    nodes,
    edges,
  };
}
