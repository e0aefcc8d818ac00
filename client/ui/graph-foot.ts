/** The strip under an embedded graph: legend, size summary and a usage hint, plus a same-height placeholder. */
import { countByKind } from "../graph/data-graph.ts";
import type { ResearchGraph } from "../graph/types.ts";
import { h } from "./dom.ts";
import { formatNumber } from "./format.ts";
import { legend } from "./legend.ts";

const HINT =
  "Hover a node to see its neighbours, click it for details. Ctrl/⌘ + scroll or the buttons zoom. " +
  "By keyboard: Tab into the graph, arrows move, Tab cycles neighbours, Enter opens, Escape then Tab leaves.";

/** Laid out before the graph arrives, with the same rows, so nothing below the panel moves when it does. */
export function graphFootPlaceholder(): HTMLElement {
  return h(
    "div",
    { class: "graph-foot" },
    h("ul", { class: "legend plain-list" }),
    h("p", { class: "graph-foot__summary faint small" }, "\u00a0"),
    h("p", { class: "graph-foot__hint faint small" }, HINT),
  );
}

/** The rows of the foot for a drawn graph. */
export function graphFootRows(graph: ResearchGraph): HTMLElement[] {
  const attributes = graph.getAttributes();
  return [
    legend(countByKind(graph), attributes),
    h(
      "p",
      { class: "graph-foot__summary faint small" },
      `${formatNumber(graph.order)} nodes · ${formatNumber(graph.size)} links`,
      attributes.truncated ? " · the busiest neighbours are shown" : "",
    ),
    h("p", { class: "graph-foot__hint faint small" }, HINT),
  ];
}
