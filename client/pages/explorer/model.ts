/**
 * The explorer's model: one ExplorerState, the fetched answers of its steps, and the data graph they merge into.
 * Every graph change goes through one queue (fetch what is missing → apply the steps to the data graph → tell
 * listeners), so
 * quick double-clicks, undo during a fetch or back/forward never interleave. The URL follows the state: pushState
 * for graph changes (back/forward walk them), replaceState for everything else.
 */
import { api, type PathResult } from "../../api.ts";
import { pathConstraint } from "../../../contract/path-constraints.ts";
import { createDataGraph } from "../../graph/data-graph.ts";
import type { ResearchGraph, SerializedGraph } from "../../graph/types.ts";
import {
  appliedSteps,
  goToSteps,
  pruneSelection,
  pushStep,
  type ExplorerState,
  type Producer,
} from "../../explorer/state.ts";
import {
  deriveGraph,
  nextPageStep,
  pathId,
  type DerivedGraph,
  type PathStep,
  type Step,
} from "../../explorer/steps.ts";
import { excludeFor, syncGraph } from "../../explorer/sync.ts";
import { fromSearch, graphChanged, toSearch } from "../../explorer/url-state.ts";

/** Neighbours per expansion page: enough to see the shape, few enough to read. */
export const EXPAND_LIMIT = 20;

/** "idle": the queue has drained (the status line stops saying "Loading…"). */
export type ChangeKind = "graph" | "view" | "selection" | "idle";
export interface Change {
  kind: ChangeKind;
  /** For graph changes: nodes that appeared (to place and settle) and the node whose expansion brought them. */
  added?: string[];
  parent?: string | null;
}

export type HistoryMode = "push" | "replace" | "none";

export interface ExplorerModel {
  graph: ResearchGraph;
  getState(): ExplorerState;
  getDerived(): DerivedGraph;
  /** Resolves when the focus slice and every step of the state are loaded and applied. */
  ready: Promise<void>;
  busy(): boolean;
  /** Applies a producer; `graphStep` when it changes the applied steps (fetches, then syncs the graph). */
  update(producer: Producer, history?: HistoryMode): Promise<void>;
  /** Expands a node; on an expanded node, asks for its next page ("show more"). */
  expand(node: string): Promise<void>;
  collapse(node: string): Promise<void>;
  add(node: string): Promise<void>;
  /** Searches paths; when some are found they become a step (undoable, in the URL). Resolves with the answer. */
  paths(step: PathStep): Promise<PathResult>;
  hasMore(node: string): boolean;
  /** Re-reads the URL (popstate). */
  fromUrl(search: string): Promise<void>;
  subscribe(listener: (change: Change) => void): () => void;
}

export function createExplorerModel(initial: ExplorerState): ExplorerModel {
  let state = initial;
  let base: SerializedGraph | undefined;
  const responses = new Map<number, SerializedGraph>();
  const graph = createDataGraph(initial.focus);
  let derived = deriveGraph(undefined, [], responses);
  const listeners = new Set<(change: Change) => void>();
  const pathAnswers = new Map<string, Promise<PathResult>>();
  let queue = Promise.resolve();
  let pending = 0;

  const emit = (change: Change) => listeners.forEach((listener) => listener(change));
  const writeUrl = (mode: HistoryMode) => {
    if (mode === "none") return;
    const url = `${window.location.pathname}?${toSearch(state)}`;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };

  /** Fetches the answers the applied steps lack, in order, each with the graph as it stood before that step. */
  async function loadAndSync(parent: string | null): Promise<void> {
    if (!base) {
      base = await api.slice({ focus: state.focus, depth: 1 });
      const first = syncGraph(graph, (derived = deriveGraph(base, [], responses)));
      emit({ kind: "graph", added: first.added, parent: null });
    }
    const steps = appliedSteps(state);
    const added: string[] = [];
    for (let index = 0; index < steps.length; index += 1) {
      const step = steps[index]!;
      if (step.type === "collapse" || responses.has(index)) continue;
      added.push(...syncGraph(graph, deriveGraph(base, steps.slice(0, index), responses)).added);
      responses.set(index, await fetchStep(step));
    }
    derived = deriveGraph(base, steps, responses);
    added.push(...syncGraph(graph, derived).added);
    state = pruneSelection((key) => graph.hasNode(key))(state);
    emit({ kind: "graph", added: added.filter((key) => graph.hasNode(key)), parent });
  }

  function fetchStep(step: Exclude<Step, { type: "collapse" }>): Promise<SerializedGraph> {
    if (step.type === "path") return fetchPath(step).then((result) => result.graph);
    // Shown nodes (read from the data graph) are excluded, so the next page is always offset 0 of what is not
    // shown yet.
    return api.expand({ node: step.node, exclude: excludeFor(graph, step.node), limit: EXPAND_LIMIT, offset: 0 });
  }

  /** A path step's whole answer (its sentence and hops for the panel), fetched once per step. */
  function fetchPath(step: PathStep): Promise<PathResult> {
    const id = pathId(step);
    let answer = pathAnswers.get(id);
    if (!answer) {
      const via = pathConstraint(step.via).via;
      answer = api.path({ from: step.node, to: step.to, via, k: step.k });
      pathAnswers.set(id, answer);
      answer.catch(() => pathAnswers.delete(id));
    }
    return answer;
  }

  function enqueue(task: () => Promise<void>): Promise<void> {
    pending += 1;
    const run = queue.then(task).finally(() => {
      pending -= 1;
      if (pending === 0) emit({ kind: "idle" });
    });
    queue = run.catch(() => {});
    return run;
  }

  async function update(producer: Producer, history: HistoryMode = "replace"): Promise<void> {
    return enqueue(async () => {
      const before = state;
      const next = producer(state);
      if (next === state) return;
      state = next;
      if (graphChanged(before, next)) {
        // Answers of steps that were dropped (a new step after undo) no longer describe this history.
        for (const index of [...responses.keys()]) {
          if (index >= next.steps.length || before.steps[index] !== next.steps[index]) responses.delete(index);
        }
        const last = appliedSteps(next).at(-1);
        try {
          await loadAndSync(last && last.type !== "collapse" ? last.node : null);
        } catch (error) {
          // A failed fetch leaves the graph as it was: the step is not kept, so undo never meets a hole.
          state = { ...before, selection: before.selection.filter((key) => graph.hasNode(key)) };
          derived = deriveGraph(base, appliedSteps(state), responses);
          syncGraph(graph, derived);
          emit({ kind: "graph", added: [], parent: null });
          throw error;
        }
        writeUrl(history);
        return;
      }
      writeUrl(history);
      const view =
        before.filters !== next.filters ||
        before.encodings !== next.encodings ||
        before.labelDensity !== next.labelDensity;
      // A camera move changes only the URL: nothing to redraw or re-render in the panels.
      if (view) emit({ kind: "view" });
      else if (before.selection !== next.selection) emit({ kind: "selection" });
    });
  }

  const ready = enqueue(() => loadAndSync(null)).then(() => writeUrl("replace"));

  return {
    graph,
    ready,
    getState: () => state,
    getDerived: () => derived,
    busy: () => pending > 0,
    update,
    expand: (node) => update(pushStep(nextPageStep(derived, node) ?? { type: "expand", node, page: 0 }), "push"),
    collapse: (node) => update(pushStep({ type: "collapse", node }), "push"),
    add: (node) => update(pushStep({ type: "add", node }), "push"),
    paths: async (step) => {
      const result = await fetchPath(step);
      // A search that found nothing changes no graph: it is answered, not kept as a step.
      if (result.found) await update(pushStep(step), "push");
      return result;
    },
    hasMore: (node) => {
      const steps = appliedSteps(state);
      for (let index = steps.length - 1; index >= 0; index -= 1) {
        const step = steps[index]!;
        if (step.node !== node || step.type === "path") continue;
        if (step.type === "collapse") return false;
        return responses.get(index)?.attributes?.hasMore === true;
      }
      return false;
    },
    fromUrl: async (search) => {
      const target = fromSearch(search);
      if (!target || target.focus !== state.focus) {
        window.location.reload();
        return;
      }
      await update(
        (s) => ({
          ...goToSteps(target.steps.slice(0, target.cursor))(s),
          filters: target.filters,
          encodings: target.encodings,
          labelDensity: target.labelDensity,
          camera: target.camera,
          selection: target.selection,
        }),
        "none",
      );
      emit({ kind: "view" });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
