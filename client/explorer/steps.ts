/**
 * The exploration as a list of steps, and what of the data graph they keep. Every graph change is a step (expand a
 * node, show one more page, add a node from search, collapse), so undo/redo and the URL are just "which steps
 * apply", and the graph's content is always recomputed from them: nothing is ever removed by hand, so collapse
 * cannot leave strays. The answers themselves go straight into the data graph (sync.ts).
 */
import type { SerializedGraph } from "../graph/types.ts";

type ApiGraph = SerializedGraph;

export type Step =
  /** Neighbours of `node`, page `page` (page 0 = first expansion, 1… = "show more"). */
  | { type: "expand"; node: string; page: number }
  /** A node picked in search, with its first page of neighbours; the node stays even when collapsed. */
  | { type: "add"; node: string }
  /** Undo every expansion of `node` made before this step. */
  | { type: "collapse"; node: string }
  /**
   * The k shortest paths from `node` to `to` over a constraint (contract/path-constraints.ts): their nodes and edges
   * join the graph until the step is undone; collapses do not remove them.
   */
  | { type: "path"; node: string; to: string; via: string; k: number };

export type PathStep = Extract<Step, { type: "path" }>;

/** A path step's identity (its URL form without the kind letter). */
export const pathId = (step: PathStep) => `${step.k}.${step.via}.${step.node}|${step.to}`;

export interface DerivedGraph {
  /** The base slice and the answers of the live steps, in step order: what the data graph is made of. */
  sources: ApiGraph[];
  /** Keys of the nodes and edges the data graph holds (an edge only when both its ends are there). */
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes whose neighbours are currently shown (a live expand/add step). */
  expanded: Set<string>;
  /** For each expanded node, the index of its last live page step (to ask for the next page). */
  lastPage: Map<string, number>;
}

/** A step's response is missing while it is being fetched; it then contributes nothing. */
export type Responses = ReadonlyMap<number, ApiGraph>;

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
function liveSteps(base: ApiGraph | undefined, steps: readonly Step[], responses: Responses): Set<number> {
  const collapsed = collapsedSteps(steps);
  const live = new Set<number>();
  steps.forEach((step, index) => {
    if (isExpansion(step) || step.type === "path") live.add(index);
  });
  for (let changed = true; changed;) {
    changed = false;
    for (const index of live) {
      const step = steps[index] as Extract<Step, { type: "expand" | "add" | "path" }>;
      if (step.type === "add" || step.type === "path") continue;
      if (!isRooted(step.node, index, base, steps, responses, live, collapsed)) {
        live.delete(index);
        changed = true;
      }
    }
  }
  return new Set([...live].filter((index) => !collapsed.has(index) || steps[index]!.type !== "expand"));
}

function isRooted(
  node: string,
  self: number,
  base: ApiGraph | undefined,
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

/** What the base slice and the live steps put in the data graph: node and edge keys, and their sources. */
export function deriveGraph(base: ApiGraph | undefined, steps: readonly Step[], responses: Responses): DerivedGraph {
  const collapsed = collapsedSteps(steps);
  const live = liveSteps(base, steps, responses);
  const sources: ApiGraph[] = [];
  const nodes = new Set<string>();
  const expanded = new Set<string>();
  const lastPage = new Map<string, number>();
  const take = (graph: ApiGraph) => {
    sources.push(graph);
    for (const node of graph.nodes) nodes.add(node.key);
  };
  if (base) take(base);
  [...live]
    .sort((a, b) => a - b)
    .forEach((index) => {
      const step = steps[index] as Extract<Step, { type: "expand" | "add" | "path" }>;
      const response = responses.get(index);
      if (step.type === "path") {
        if (response) take(response);
        return;
      }
      if (step.type === "add" && collapsed.has(index)) {
        // A node added from search stays when collapsed, without its neighbours.
        const self = response?.nodes.find((n) => n.key === step.node);
        if (self) take({ attributes: {}, nodes: [self], edges: [] });
        return;
      }
      expanded.add(step.node);
      lastPage.set(step.node, step.type === "expand" ? step.page : 0);
      if (response) take(response);
    });
  const edges = new Set<string>();
  for (const source of sources) {
    for (const edge of source.edges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.key);
  }
  return { sources, nodes, edges, expanded, lastPage };
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
