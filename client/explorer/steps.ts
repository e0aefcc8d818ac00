/**
 * The exploration as a list of steps, and the data graph derived from it. Every graph change is a step (expand a node,
 * show one more page, add a node from search, collapse), so undo/redo and the URL are just "which steps apply", and
 * the graph is always recomputed from them: nothing is ever removed by hand, so collapse cannot leave strays.
 */
import type { GraphEdge, GraphNode, SerializedGraph } from "../graph/types.ts";

export type Step =
  /** Neighbours of `node`, page `page` (page 0 = first expansion, 1… = "show more"). */
  | { type: "expand"; node: string; page: number }
  /** A node picked in search, with its first page of neighbours; the node stays even when collapsed. */
  | { type: "add"; node: string }
  /** Undo every expansion of `node` made before this step. */
  | { type: "collapse"; node: string };

export interface DerivedGraph {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  /** Nodes whose neighbours are currently shown (a live expand/add step). */
  expanded: Set<string>;
  /** For each expanded node, the index of its last live page step (to ask for the next page). */
  lastPage: Map<string, number>;
}

/** A step's response is missing while it is being fetched; it then contributes nothing. */
export type Responses = ReadonlyMap<number, SerializedGraph>;

function isExpansion(step: Step): step is Extract<Step, { type: "expand" | "add" }> {
  return step.type === "expand" || step.type === "add";
}

/** Indexes of expansion steps undone by a later collapse of the same node. */
function collapsedSteps(steps: readonly Step[]): Set<number> {
  const collapsed = new Set<number>();
  steps.forEach((step, index) => {
    if (step.type !== "collapse") return;
    for (let j = 0; j < index; j += 1) {
      const earlier = steps[j]!;
      if (isExpansion(earlier) && earlier.node === step.node) collapsed.add(j);
    }
  });
  return collapsed;
}

/**
 * Which nodes the base slice and the live steps contribute. An expansion of X is live only while X is there for
 * another reason (the slice, another live step, or a search that added X): collapsing X's parent drops X and, with
 * it, X's own expansions. Iterated to a fixed point (at most one pass per step).
 */
function liveSteps(base: SerializedGraph | undefined, steps: readonly Step[], responses: Responses): Set<number> {
  const collapsed = collapsedSteps(steps);
  const live = new Set<number>();
  steps.forEach((step, index) => {
    if (isExpansion(step)) live.add(index);
  });
  for (let changed = true; changed;) {
    changed = false;
    for (const index of live) {
      const step = steps[index] as Extract<Step, { type: "expand" | "add" }>;
      if (step.type === "add") continue;
      if (!isRooted(step.node, index, base, steps, responses, live, collapsed)) {
        live.delete(index);
        changed = true;
      }
    }
  }
  return new Set([...live].filter((index) => !collapsed.has(index) || steps[index]!.type === "add"));
}

function isRooted(
  node: string,
  self: number,
  base: SerializedGraph | undefined,
  steps: readonly Step[],
  responses: Responses,
  live: Set<number>,
  collapsed: Set<number>,
): boolean {
  if (base?.nodes.some((n) => n.key === node)) return true;
  for (const index of live) {
    if (index === self) continue;
    const step = steps[index]!;
    if (isExpansion(step) && step.node === node) {
      if (step.type === "add") return true;
      continue;
    }
    if (collapsed.has(index)) continue;
    if (responses.get(index)?.nodes.some((n) => n.key === node)) return true;
  }
  return false;
}

/** The data graph of the base slice plus the live steps: nodes by key, edges whose two ends are present. */
export function deriveGraph(
  base: SerializedGraph | undefined,
  steps: readonly Step[],
  responses: Responses,
): DerivedGraph {
  const collapsed = collapsedSteps(steps);
  const live = liveSteps(base, steps, responses);
  const nodes = new Map<string, GraphNode>();
  const edgeSources: GraphEdge[][] = [];
  const expanded = new Set<string>();
  const lastPage = new Map<string, number>();
  const take = (graph: SerializedGraph) => {
    for (const node of graph.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
    edgeSources.push(graph.edges);
  };
  if (base) take(base);
  [...live]
    .sort((a, b) => a - b)
    .forEach((index) => {
      const step = steps[index] as Extract<Step, { type: "expand" | "add" }>;
      const response = responses.get(index);
      if (step.type === "add" && collapsed.has(index)) {
        const self = response?.nodes.find((n) => n.key === step.node);
        if (self && !nodes.has(self.key)) nodes.set(self.key, self);
        return;
      }
      expanded.add(step.node);
      lastPage.set(step.node, step.type === "expand" ? step.page : 0);
      if (response) take(response);
    });
  const edges = new Map<string, GraphEdge>();
  for (const list of edgeSources) {
    for (const edge of list) {
      if (nodes.has(edge.source) && nodes.has(edge.target) && !edges.has(edge.key)) edges.set(edge.key, edge);
    }
  }
  return { nodes, edges, expanded, lastPage };
}

/** The step that "show more" on `node` appends, or undefined when the node is not expanded. */
export function nextPageStep(derived: DerivedGraph, node: string): Step | undefined {
  const page = derived.lastPage.get(node);
  return page === undefined ? undefined : { type: "expand", node, page: page + 1 };
}

/**
 * Breadcrumbs: the exploration path, i.e. the focus then every node the user expanded or added, in order, without
 * repeats (a node expanded twice appears once, where it was first visited).
 */
export function breadcrumbs(focus: string, steps: readonly Step[]): string[] {
  const trail = [focus];
  for (const step of steps) if (isExpansion(step) && !trail.includes(step.node)) trail.push(step.node);
  return trail;
}
