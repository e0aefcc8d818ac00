/**
 * The explorer's state and its producers. Every change is `(args) => (state) => newState`, so the page can keep one
 * state value, replace it, and re-derive the graph, the URL and the panels from it (and tests need no DOM).
 */
import { DEFAULT_FILTERS, type Filters } from "./filters.ts";
import { DEFAULT_ENCODINGS, type Encodings } from "./encodings.ts";
import type { Step } from "./steps.ts";

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ExplorerState {
  focus: string;
  /** Every graph change made, including the ones undone (the redo tail). */
  steps: Step[];
  /** steps[0, cursor) apply; the rest can be redone. */
  cursor: number;
  filters: Filters;
  encodings: Encodings;
  /** Sigma's labelDensity: higher shows more labels. */
  labelDensity: number;
  selection: string[];
  camera: Camera | null;
}

export type Producer = (state: ExplorerState) => ExplorerState;

export const DEFAULT_LABEL_DENSITY = 0.7;
export const LABEL_DENSITY_RANGE: [number, number] = [0.1, 3];

export function initialState(focus: string): ExplorerState {
  return {
    focus,
    steps: [],
    cursor: 0,
    filters: DEFAULT_FILTERS,
    encodings: DEFAULT_ENCODINGS,
    labelDensity: DEFAULT_LABEL_DENSITY,
    selection: [focus],
    camera: null,
  };
}

/** The steps that currently apply. */
export function appliedSteps(state: ExplorerState): Step[] {
  return state.steps.slice(0, state.cursor);
}

export const canUndo = (state: ExplorerState): boolean => state.cursor > 0;
export const canRedo = (state: ExplorerState): boolean => state.cursor < state.steps.length;

/** A new graph change: it drops the redo tail, as every editor does. */
export const pushStep =
  (step: Step): Producer =>
  (state) => ({ ...state, steps: [...state.steps.slice(0, state.cursor), step], cursor: state.cursor + 1 });

export const undo = (): Producer => (state) => (canUndo(state) ? { ...state, cursor: state.cursor - 1 } : state);

export const redo = (): Producer => (state) => (canRedo(state) ? { ...state, cursor: state.cursor + 1 } : state);

/**
 * Moves to another list of applied steps (back/forward, a pasted URL): keeps the redo tail when the target is a
 * prefix of what we have, so "back" then "forward" does not refetch anything.
 */
export const goToSteps =
  (target: readonly Step[]): Producer =>
  (state) => {
    const isPrefix = target.length <= state.steps.length && target.every((s, i) => sameStep(s, state.steps[i]!));
    return isPrefix ? { ...state, cursor: target.length } : { ...state, steps: [...target], cursor: target.length };
  };

export function sameStep(a: Step, b: Step): boolean {
  if (a.type === "path") {
    return b.type === "path" && a.node === b.node && a.to === b.to && a.via === b.via && a.k === b.k;
  }
  return a.type === b.type && a.node === b.node && (a.type !== "expand" || a.page === (b as typeof a).page);
}

export const setFilters =
  (patch: Partial<Filters>): Producer =>
  (state) => ({ ...state, filters: { ...state.filters, ...patch } });

export const resetFilters = (): Producer => (state) => ({ ...state, filters: DEFAULT_FILTERS });

export const setEncodings =
  (patch: Partial<Encodings>): Producer =>
  (state) => ({ ...state, encodings: { ...state.encodings, ...patch } });

export const setLabelDensity =
  (density: number): Producer =>
  (state) => ({
    ...state,
    labelDensity: Math.min(LABEL_DENSITY_RANGE[1], Math.max(LABEL_DENSITY_RANGE[0], density)),
  });

/** Click selects one node; shift-click toggles it in a multi-selection. */
export const select =
  (key: string | null, additive = false): Producer =>
  (state) => {
    if (key === null) return { ...state, selection: [] };
    if (!additive) return { ...state, selection: [key] };
    const selection = state.selection.includes(key)
      ? state.selection.filter((k) => k !== key)
      : [...state.selection, key];
    return { ...state, selection };
  };

/** Drops selected nodes that are no longer in the graph (after undo or collapse). */
export const pruneSelection =
  (present: (key: string) => boolean): Producer =>
  (state) => {
    const selection = state.selection.filter(present);
    return selection.length === state.selection.length ? state : { ...state, selection };
  };

export const setCamera =
  (camera: Camera | null): Producer =>
  (state) => ({ ...state, camera });
