/** The colour key of a graph: one entry per kind present, with counts (and what a truncated slice left out). */
import { KIND_LABELS, KIND_LABELS_PLURAL } from "../graph/style.ts";
import { NODE_KINDS, type NodeKind, type SliceGraphAttributes } from "../graph/types.ts";
import { h } from "./dom.ts";
import { formatNumber } from "./format.ts";

export function legend(counts: Record<string, number>, attributes: SliceGraphAttributes = {}): HTMLElement {
  const items = NODE_KINDS.filter((kind) => (counts[kind] ?? 0) > 0).map((kind: NodeKind) => {
    const count = counts[kind] ?? 0;
    const omitted = attributes.omitted?.[kind] ?? 0;
    return h(
      "li",
      { class: `legend__item kind-${kind}`, "data-kind": kind },
      h("span", { class: "dot", "aria-hidden": "true" }),
      h("span", {}, count === 1 ? KIND_LABELS[kind] : KIND_LABELS_PLURAL[kind]),
      h("span", { class: "count" }, formatNumber(count)),
      omitted > 0 ? h("span", { class: "faint small" }, `(+${formatNumber(omitted)} not shown)`) : null,
    );
  });
  return h("ul", { class: "legend plain-list", "aria-label": "Colour key" }, items);
}
