/**
 * The embedded research graph ("See the … in context"): loads a slice, draws it with Sigma, runs ForceAtlas2 in a
 * worker for a bounded time, and offers zoom/reset, a legend, a node card and a link to the full explorer.
 *
 * For tests and debugging the panel publishes its state: the `.graph-box` element carries `data-state`
 * (loading | ready | empty | error), `data-layout` (running | done), `data-node-count` and `data-edge-count`, and
 * `window.__rge` holds `{ graph, renderer, view, focus }` of the last panel that drew (see docs in README of
 * client/graph).
 */
import { api, type SliceParams } from "../api.ts";
import type { SerializedGraph } from "../graph/types.ts";
import { kindLayer } from "../graph/appearance.ts";
import { createGraph } from "../graph/data-graph.ts";
import { drawPath } from "../graph/path-overlay.ts";
import { runLayout, type LayoutRun } from "../graph/layout.ts";
import { createSigmaView, type SigmaView } from "../graph/sigma-view.ts";
import type { ResearchGraph } from "../graph/types.ts";
import { h, replace, uid } from "./dom.ts";
import { graphCardIntro, overlayBoxes } from "./graph-card.ts";
import { graphFootPlaceholder, graphFootRows } from "./graph-foot.ts";
import { graphNodeList, type NodeList } from "./graph-node-list.ts";
import { graphYears, type GraphYears } from "./graph-years.ts";
import { zoomButtons } from "./graph-zoom-buttons.ts";
import { explorerPath } from "./links.ts";
import { nodeCard } from "./node-card.ts";
import { errorState } from "./states.ts";
import { exportMenu } from "./export-menu.ts";
import { snapshotView } from "../export/snapshot.ts";

export interface GraphPanelOptions {
  eyebrow: string;
  title: string;
  description: string;
  slice: SliceParams;
  /** What the focus is, for messages ("this researcher", "this paper"). */
  subject: string;
  /** The slice, already requested (in parallel with the page's own data); used by the first load only. */
  prefetched?: Promise<SerializedGraph>;
}

export interface GraphPanel {
  element: HTMLElement;
  /** Merges a path answer's graph and brings the path forward (graph/path-overlay.ts), after the first drawing. */
  showPath(data: SerializedGraph, nodes: readonly string[], edges: readonly string[]): Promise<void>;
  /** Ends the emphasis (merged nodes stay). */
  clearPath(): void;
  /** Draws one year only (the history chart's click); null: every year. */
  showYear(year: number | null): void;
  destroy(): void;
}

declare global {
  interface Window {
    __rge?: {
      graph: ResearchGraph;
      renderer: SigmaView["renderer"];
      view: SigmaView;
      focus: string;
      layoutDone: Promise<void>;
    };
  }
}

/** What an export of the panel is called: the focus node's name. */
function viewTitle(view: SigmaView): string {
  const focus = view.getState().focusNode;
  const label = focus && view.graph.hasNode(focus) ? view.graph.getNodeAttribute(focus, "label") : null;
  return `Research graph around ${label ?? "this node"}`;
}

export function graphPanel(options: GraphPanelOptions): GraphPanel {
  const titleId = uid("graph-title");
  const explorerHref = explorerPath(options.slice.focus, { kinds: options.slice.kinds?.join(",") });
  const canvas = h("div", { class: "graph-canvas" });
  const overlay = h("div", { class: "graph-overlay" });
  const cardSlot = h("div", { class: "graph-card-slot" });
  const badge = h("div", { class: "graph-badge", role: "status", "aria-live": "polite", hidden: true });
  const controls = h("div", {
    class: "graph-controls",
    role: "group",
    "aria-label": "Graph view controls",
    hidden: true,
  });
  const box = h(
    "div",
    {
      class: "graph-box",
      "data-state": "loading",
      "aria-label": `Research graph around ${options.subject}`,
      role: "region",
    },
    canvas,
    overlay,
    controls,
    badge,
    cardSlot,
  );
  const yearsSlot = h("div", { class: "graph-years-slot" });
  const foot = graphFootPlaceholder();
  const nodeList = h("div", { class: "graph-nodes" });
  const element = h(
    "section",
    { class: "card graph-panel", "aria-labelledby": titleId },
    h(
      "div",
      { class: "card__head" },
      graphCardIntro(titleId, options.eyebrow, options.title, options.description),
      h(
        "div",
        { class: "graph-panel__actions" },
        exportMenu({
          snapshot: () => (view ? snapshotView(view, { title: viewTitle(view) }) : null),
          embedSearch: () => explorerHref.slice(explorerHref.indexOf("?") + 1),
        }),
        h(
          "a",
          { class: "button button--primary", href: explorerHref, "data-action": "open-explorer" },
          "Open full explorer",
        ),
      ),
    ),
    box,
    yearsSlot,
    foot,
    nodeList,
  );

  let view: SigmaView | null = null;
  let list: NodeList | null = null;
  let years: GraphYears | null = null;
  let layout: LayoutRun | null = null;
  let controller: AbortController | null = null;
  let destroyed = false;
  let prefetched = options.prefetched;
  let drawn: () => void = () => {};
  const firstDrawing = new Promise<void>((resolve) => (drawn = resolve));

  const teardown = () => {
    controller?.abort();
    layout?.kill();
    list?.destroy();
    years?.destroy();
    yearsSlot.replaceChildren();
    view?.kill();
    layout = null;
    list = null;
    years = null;
    view = null;
  };

  /** Boxes of what floats over the canvas (buttons, badge, card), relative to it: labels keep clear of them. */
  const overlays = () => overlayBoxes(canvas, [controls, badge, cardSlot]);

  const closeCard = () => {
    cardSlot.replaceChildren();
    view?.relabel();
    if (view && view.getState().selection.size > 0) view.select(null);
  };

  const openCard = (node: string) => {
    if (!view || !view.graph.hasNode(node)) return;
    view.select(node);
    const card = nodeCard(node, view.graph.getNodeAttributes(node), view.graph.degree(node), closeCard);
    replace(cardSlot, card);
    view.relabel();
  };

  const showLoading = () => {
    box.dataset.state = "loading";
    replace(
      overlay,
      h(
        "div",
        { class: "state", role: "status", "aria-live": "polite" },
        h("div", { class: "spinner" }),
        h("p", { class: "state__title" }, "Building this graph slice…"),
        h("p", { class: "small" }, `Loading the papers, people, topics and institutions around ${options.subject}.`),
      ),
    );
    overlay.hidden = false;
  };

  const buttons = () => replace(controls, ...zoomButtons(() => view));

  const load = async () => {
    teardown();
    closeCard();
    showLoading();
    controls.hidden = true;
    controller = new AbortController();
    const signal = controller.signal;
    let graph: ResearchGraph;
    try {
      const request = prefetched ?? api.slice(options.slice, signal);
      prefetched = undefined;
      graph = createGraph(await request);
    } catch (error) {
      if (signal.aborted || destroyed) return;
      box.dataset.state = "error";
      replace(
        overlay,
        errorState(error, () => void load()),
      );
      return;
    }
    if (destroyed || signal.aborted) return;
    box.dataset.nodeCount = String(graph.order);
    box.dataset.edgeCount = String(graph.size);
    if (graph.size === 0) {
      box.dataset.state = "empty";
      replace(
        overlay,
        h(
          "div",
          { class: "state" },
          h("p", { class: "state__title" }, "Nothing connected yet"),
          h("p", {}, `No papers, co-authors or topics are linked to ${options.subject} in the imported data.`),
        ),
      );
      return;
    }
    overlay.hidden = true;
    view = createSigmaView(canvas, graph, {
      onNodeClick: openCard,
      onStageClick: closeCard,
      labelObstacles: overlays,
      label: `Graph of ${options.subject}: ${graph.order} nodes`,
    });
    buttons();
    controls.hidden = false;
    replace(foot, ...graphFootRows(graph));
    list = graphNodeList(view, { open: openCard });
    replace(nodeList, list.element);
    years = graphYears(view, options.slice.focus);
    replace(yearsSlot, years.element);
    box.dataset.state = "ready";
    box.dataset.layout = "running";
    badge.hidden = false;
    badge.textContent = "Arranging the layout…";
    const currentView = view;
    layout = runLayout(graph, {
      graphUnitsPerPixel: () => currentView.graphUnitsPerPixel(),
      nodeSize: currentView.nodeSize,
      // The focus stays in the middle: the slice is about it.
      pin: [options.slice.focus],
    });
    window.__rge = { graph, renderer: view.renderer, view, focus: options.slice.focus, layoutDone: layout.done };
    await layout.done;
    if (destroyed || view !== currentView) return;
    box.dataset.layout = "done";
    badge.hidden = true;
    badge.textContent = "";
    currentView.relabel();
    drawn();
  };

  const showPath = async (data: SerializedGraph, nodes: readonly string[], edges: readonly string[]) => {
    await firstDrawing;
    const current = view;
    if (!current || destroyed) return;
    layout?.kill();
    layout = drawPath(current, options.slice.focus, data, nodes, edges);
    Object.assign(box.dataset, { nodeCount: current.graph.order, edgeCount: current.graph.size, path: "drawn" });
    replace(foot, ...graphFootRows(current.graph));
    await layout?.done;
    if (destroyed || view !== current) return;
    await current.fitNodes(nodes);
    current.relabel();
  };

  const clearPath = () => {
    if (!view) return;
    view.setPage({ layer: kindLayer(view.graph, options.slice.focus) });
    delete box.dataset.path;
  };

  void load();
  return {
    element,
    showPath,
    clearPath,
    showYear: (year) => years?.showYear(year),
    destroy: () => {
      destroyed = true;
      teardown();
    },
  };
}
