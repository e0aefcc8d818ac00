/**
 * What a view draws, read from its renderer: every node and edge as Sigma holds them after the page layer and the
 * core reducers (position in viewport pixels, drawn radius, colour, label and its side), plus the data attributes
 * behind them and the legend. Every export (SVG, PNG, GEXF, GraphML, CSV, BibTeX, RIS) is a pure function of this
 * snapshot, so they all show the same state; any page that draws through client/graph/sigma-view.ts can take one.
 */
import type { SigmaView } from "../graph/sigma-view.ts";
import { KIND_COLORS, KIND_LABELS_PLURAL } from "../graph/style.ts";
import { NODE_KINDS, type EdgeAttributes, type NodeAttributes, type NodeKind } from "../graph/types.ts";
import type { LabelSide } from "../graph/labels.ts";

export interface SnapshotNode {
  key: string;
  kind: NodeKind;
  /** The full label of the data graph (exports of data); `text` is what the canvas shows. */
  label: string;
  /** Viewport pixels, as drawn. */
  x: number;
  y: number;
  /** Drawn radius in pixels. */
  size: number;
  color: string;
  /** The label as drawn, or null when the node is drawn without one. */
  text: string | null;
  side: LabelSide;
  labelColor: string;
  zIndex: number;
  /** The data graph's attributes (the API's, plus the layout position). */
  attributes: NodeAttributes;
}

export interface SnapshotEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeAttributes["kind"];
  weight: number;
  color: string;
  /** Drawn thickness in pixels. */
  size: number;
  zIndex: number;
  attributes: EdgeAttributes;
}

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

export interface ViewSnapshot {
  title: string;
  width: number;
  height: number;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  legend: LegendEntry[];
}

/** The colour key of the default page layer: one entry per kind drawn. */
export function kindLegend(nodes: readonly Pick<SnapshotNode, "kind">[]): LegendEntry[] {
  const counts = new Map<NodeKind, number>();
  for (const node of nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  return NODE_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({
    label: KIND_LABELS_PLURAL[kind],
    color: KIND_COLORS[kind],
    count: counts.get(kind) ?? 0,
  }));
}

/** A page's colour key counted over the nodes drawn (filters hide some): entries with no drawn node are dropped. */
export function recount(legend: readonly LegendEntry[], nodes: readonly Pick<SnapshotNode, "color">[]): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.color, (counts.get(node.color) ?? 0) + 1);
  return legend.map((entry) => ({ ...entry, count: counts.get(entry.color) ?? 0 })).filter((entry) => entry.count > 0);
}

export interface SnapshotOptions {
  title: string;
  /** The page's own colour key (the explorer's encodings); default: kindLegend of the nodes drawn. */
  legend?: () => LegendEntry[];
}

/** Reads what `view` draws now. Hidden nodes and edges (filters, a hidden end) are left out: exports show the view. */
export function snapshotView(view: SigmaView, options: SnapshotOptions): ViewSnapshot {
  const { renderer, graph } = view;
  const { width, height } = renderer.getDimensions();
  const shownLabels = renderer.getNodeDisplayedLabels();
  const nodes: SnapshotNode[] = [];
  const drawn = new Set<string>();
  graph.forEachNode((key, attributes) => {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.visibility === "hidden") return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const labelled =
      typeof data.label === "string" &&
      data.label !== "" &&
      (data.labelVisibility === "visible" || (data.labelVisibility === "auto" && shownLabels.has(key)));
    drawn.add(key);
    nodes.push({
      key,
      kind: attributes.kind,
      label: attributes.label,
      x,
      y,
      size: renderer.scaleSize(data.size),
      color: data.color,
      text: labelled ? data.label : null,
      side: (["right", "left", "above", "below"].includes(data.labelPosition ?? "")
        ? data.labelPosition
        : "right") as LabelSide,
      labelColor: data.labelColor,
      zIndex: data.zIndex ?? 0,
      attributes: { ...attributes },
    });
  });
  const edges: SnapshotEdge[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(key);
    if (!data || data.visibility === "hidden" || !drawn.has(source) || !drawn.has(target)) return;
    edges.push({
      key,
      source,
      target,
      kind: attributes.kind,
      weight: typeof attributes.weight === "number" ? attributes.weight : 1,
      color: data.color,
      size: renderer.scaleSize(data.size),
      zIndex: data.zIndex ?? 0,
      attributes: { ...attributes },
    });
  });
  const legend = options.legend ? recount(options.legend(), nodes) : kindLegend(nodes);
  return { title: options.title, width, height, nodes, edges, legend };
}
