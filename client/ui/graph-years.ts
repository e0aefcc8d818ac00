/**
 * Years on the embedded graph (profile and paper pages): "How this network grew" (the year playback) and a
 * one-year filter (set by the history chart). Both are the explorer's year filter (client/explorer/filters.ts)
 * applied on top of the panel's page layer, through `view.setPage`: nodes keep their positions, nothing is laid
 * out again. The focus stays drawn in every year: the graph is about it. Every change dispatches a bubbling
 * `GRAPH_YEAR_EVENT` whose detail is the single year drawn (null: none), so the history chart can show the same.
 */
import { applyFilters, DEFAULT_FILTERS, yearExtent } from "../explorer/filters.ts";
import type { PageLayer } from "../graph/appearance.ts";
import type { SigmaView } from "../graph/sigma-view.ts";
import { h } from "./dom.ts";
import { yearPlayback } from "./year-playback.ts";

/** Dispatched (bubbling) on the element after the years drawn changed; `detail`: the single year shown, or null. */
export const GRAPH_YEAR_EVENT = "rge-graph-year";

export interface GraphYears {
  element: HTMLElement;
  /** Starts the playback from the first year (as the "How this network grew" button does). */
  grow(): void;
  /** Draws one year only (null: every year again). */
  showYear(year: number | null): void;
  destroy(): void;
}

export function graphYears(view: SigmaView, focus: string): GraphYears {
  // The page's current layer (colour by kind, or a path's emphasis) keeps its colours and sizes; only what is
  // hidden changes.
  const draw = (yearFrom: number | null, yearTo: number | null) => {
    const { hiddenNodes, hiddenEdges } = applyFilters(view.graph, { ...DEFAULT_FILTERS, yearFrom, yearTo });
    hiddenNodes.delete(focus);
    const layer: PageLayer = { ...view.layer(), hiddenNodes, hiddenEdges };
    view.setPage({ layer });
    const single = yearFrom !== null && yearFrom === yearTo ? yearFrom : null;
    element.dispatchEvent(new CustomEvent(GRAPH_YEAR_EVENT, { bubbles: true, detail: single }));
  };

  const status = h("span", { class: "small", role: "status" });
  const clear = h(
    "button",
    { class: "button", type: "button", "data-action": "all-years", hidden: true, onclick: () => showYear(null) },
    "Show all years",
  );
  const playback = yearPlayback({
    label: "How this network grew",
    onYear: (yearTo) => {
      clear.hidden = true;
      status.textContent = "";
      draw(null, yearTo);
    },
  });
  playback.element.hidden = true;
  const growButton = h(
    "button",
    { class: "button", type: "button", "data-action": "grow", onclick: () => grow() },
    "How this network grew",
  );
  const extent = yearExtent(view.graph);
  const element = h(
    "div",
    { class: "graph-years", hidden: extent === null },
    growButton,
    playback.element,
    status,
    clear,
  );

  function grow() {
    playback.setExtent(yearExtent(view.graph));
    playback.start();
  }
  function showYear(year: number | null) {
    playback.pause();
    draw(year, year);
    clear.hidden = year === null;
    status.textContent = year === null ? "" : `Showing ${year} only.`;
  }

  return {
    element,
    grow,
    showYear,
    destroy: () => playback.destroy(),
  };
}
