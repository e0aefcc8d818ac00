/** Keyboard access to a canvas graph: a collapsed list whose buttons highlight a node (focus) and open its card. */
import { KIND_LABELS } from "../graph/style.ts";
import type { ResearchGraph } from "../graph/types.ts";
import { h } from "./dom.ts";
import { formatNumber } from "./format.ts";

export interface NodeListActions {
  open(node: string): void;
  hover(node: string | null): void;
  /** Drawn size of a node (the render view's), to list the biggest first. */
  size(node: string): number;
}

/** Biggest nodes first, so the list starts with what the picture shows most. */
export function graphNodeList(graph: ResearchGraph, actions: NodeListActions): HTMLElement {
  const nodes = graph.nodes().sort((a, b) => actions.size(b) - actions.size(a) || a.localeCompare(b));
  return h(
    "details",
    { class: "graph-nodes__details" },
    h("summary", {}, `List the ${formatNumber(nodes.length)} nodes of this graph`),
    h(
      "ul",
      { class: "graph-nodes__list plain-list" },
      nodes.map((node) => {
        const attributes = graph.getNodeAttributes(node);
        return h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: `graph-nodes__item kind-${attributes.kind}`,
              onclick: () => actions.open(node),
              onfocus: () => actions.hover(node),
              onblur: () => actions.hover(null),
            },
            h("span", { class: "dot", "aria-hidden": "true" }),
            h("span", { class: "visually-hidden" }, `${KIND_LABELS[attributes.kind]}: `),
            attributes.label,
          ),
        );
      }),
    ),
  );
}
