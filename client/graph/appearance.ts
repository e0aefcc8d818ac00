/**
 * The page layer of the render view: what a page decides about each node before the core reducers (hover,
 * selection, labels) apply: whether it is drawn, its colour, its size. Computed once per change into sets and maps,
 * so the reducers stay a few lookups per node however large the graph is. The profile and paper pages use
 * `kindLayer` (colour by kind, size by weight); the explorer builds its own from filters and encodings.
 */
import { nodeColor, nodeSize } from "./style.ts";
import type { ResearchGraph } from "./types.ts";

export interface PageLayer {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  colors: ReadonlyMap<string, string>;
  /** Node sizes in screen pixels, from style.ts `nodeSize` (the one size scale). */
  sizes: ReadonlyMap<string, number>;
  /**
   * What the page brings forward (e.g. a path between two nodes): these nodes and edges are drawn highlighted and
   * labelled first, everything else faded, until the pointer or keyboard makes another node active.
   */
  emphasis?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Edge colours that replace the kind's (the explorer's topic encoding colours collaborations by topic). */
  edgeColors?: ReadonlyMap<string, string>;
  /** Citations end in an arrow at the cited work (the paper graph: direction visible). */
  arrows?: boolean;
}

export function emptyLayer(): PageLayer {
  return { hiddenNodes: new Set(), hiddenEdges: new Set(), colors: new Map(), sizes: new Map() };
}

/** Colour by kind, size by the API's `weight` (works, citations, people), the focus biggest. */
export function kindLayer(graph: ResearchGraph, focus: string | null): PageLayer {
  const colors = new Map<string, string>();
  const sizes = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    colors.set(key, nodeColor(attributes.kind));
    sizes.set(
      key,
      nodeSize(attributes.kind, typeof attributes.weight === "number" ? attributes.weight : 0, key === focus),
    );
  });
  return { ...emptyLayer(), colors, sizes };
}
