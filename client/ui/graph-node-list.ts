/**
 * The graph as a list, for people who do not read the canvas: a collapsed "List the N nodes" whose buttons
 * highlight a node (focus) and open it. It reads the render view's own data graph and page layer, so it always
 * lists exactly the nodes drawn: an expansion adds them, a filter removes them, a collapse or undo drops them.
 */
import { KIND_LABELS } from "../graph/style.ts";
import type { SigmaView } from "../graph/sigma-view.ts";
import { h } from "./dom.ts";
import { formatNumber } from "./format.ts";

export interface NodeListActions {
  open(node: string): void;
}

export interface NodeList {
  element: HTMLElement;
  destroy(): void;
}

/** The nodes the view draws, biggest first (what the picture shows most), then by key for a stable order. */
export function drawnNodes(view: Pick<SigmaView, "graph" | "layer" | "nodeSize">): string[] {
  const hidden = view.layer().hiddenNodes;
  return view.graph
    .nodes()
    .filter((node) => !hidden.has(node))
    .sort((a, b) => view.nodeSize(b) - view.nodeSize(a) || a.localeCompare(b));
}

export function graphNodeList(view: SigmaView, actions: NodeListActions): NodeList {
  const summary = h("summary", {});
  const list = h("ul", { class: "graph-nodes__list plain-list" });
  const details = h("details", { class: "graph-nodes__details" }, summary, list);
  let shown = "";
  let frame: number | undefined;

  const item = (node: string) => {
    const attributes = view.graph.getNodeAttributes(node);
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: `graph-nodes__item kind-${attributes.kind}`,
          "data-node": node,
          onclick: () => actions.open(node),
          onfocus: () => view.hover(node),
          onblur: () => view.hover(null),
        },
        h("span", { class: "dot", "aria-hidden": "true" }),
        h("span", { class: "visually-hidden" }, `${KIND_LABELS[attributes.kind]}: `),
        attributes.label,
      ),
    );
  };

  const render = () => {
    frame = undefined;
    const nodes = drawnNodes(view);
    summary.textContent = `List the ${formatNumber(nodes.length)} nodes of this graph`;
    details.dataset.count = String(nodes.length);
    // The items are built only while the list is open, and again only when the drawn set changed.
    const signature = details.open ? nodes.join("\n") : "";
    if (signature === shown) return;
    shown = signature;
    list.replaceChildren(...(details.open ? nodes.map(item) : []));
  };
  const schedule = () => {
    if (frame === undefined) frame = requestAnimationFrame(render);
  };

  const graphEvents = ["nodeAdded", "nodeDropped", "cleared"] as const;
  for (const event of graphEvents) view.graph.on(event, schedule);
  const offUpdate = view.onUpdate(schedule);
  details.addEventListener("toggle", render);
  render();
  return {
    element: details,
    destroy: () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      for (const event of graphEvents) view.graph.off(event, schedule);
      offUpdate();
    },
  };
}
