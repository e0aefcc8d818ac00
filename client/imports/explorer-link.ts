/** The explorer URL that shows a list of works: the first as focus, the others added, all selected (pure). */
import { initialState } from "../explorer/state.ts";
import { toSearch } from "../explorer/url-state.ts";

/** Most works one link adds: the explorer draws each with its neighbours, and a URL has a practical length. */
export const EXPLORER_LINK_MAX_WORKS = 50;

export function explorerUrlForWorks(workIds: readonly string[]): string | null {
  const keys = workIds.slice(0, EXPLORER_LINK_MAX_WORKS).map((id) => `paper:${id}`);
  if (keys.length === 0) return null;
  const state = initialState(keys[0]!);
  const steps = keys.slice(1).map((node) => ({ type: "add" as const, node }));
  return `/explore?${toSearch({ ...state, steps, cursor: steps.length, selection: keys })}`;
}
