/**
 * The paper's citation graph (issue 12 §5): the works it cites on the left, the works citing it on the right, arrows
 * pointing at the cited work, each side ranked by relevance (co-citation + shared references, from
 * /api/papers/:id/graph) and cut to the top N with "Show more", coloured by year with a legend, and beside it the
 * same works as ranked lists with their authors and topics. Drawn through the one render view (sigma-view.ts) with
 * its own page layer (citation-layout.ts); fixed positions, no force layout.
 *
 * Test hooks as the graph panel's: `.graph-box[data-state][data-layout]` and `window.__rge`.
 */
import { api, type PaperGraph } from "../../api.ts";
import { createGraph } from "../../graph/data-graph.ts";
import { createSigmaView, type SigmaView } from "../../graph/sigma-view.ts";
import { preferredGraphTheme } from "../../graph/theme.ts";
import { snapshotView } from "../../export/snapshot.ts";
import { h, replace, uid } from "../../ui/dom.ts";
import { exportMenu } from "../../ui/export-menu.ts";
import { graphCardIntro, overlayBoxes } from "../../ui/graph-card.ts";
import { graphNodeList, type NodeList } from "../../ui/graph-node-list.ts";
import { nodeCard } from "../../ui/node-card.ts";
import { errorState } from "../../ui/states.ts";
import {
  citationLayer,
  citationPositions,
  YEAR_PALETTE,
  YEAR_PALETTE_DARK,
  yearScale,
  type CitationAttributes,
  type YearScale,
} from "./citation-layout.ts";
import { citationLists, SIDE_MAX, SIDE_STEP, type Sides } from "./citation-lists.ts";

export interface CitationGraph {
  element: HTMLElement;
  /** Draws one year's works only (the history chart's click); null: every year. */
  showYear(year: number | null): void;
  destroy(): void;
}

export function citationGraph(paper: { id: string; key: string; title: string }): CitationGraph {
  const titleId = uid("citations-title");
  const canvas = h("div", { class: "graph-canvas" });
  const cardSlot = h("div", { class: "graph-card-slot" });
  const box = h(
    "div",
    { class: "graph-box citation-box", "data-state": "loading", role: "region", "aria-label": "Citation graph" },
    canvas,
    cardSlot,
  );
  const legend = h("ul", { class: "citation-legend", "aria-label": "Colour: year of the work" });
  const lists = h("div", { class: "citation-lists" });
  const nodeList = h("div", { class: "graph-nodes" });
  const element = h(
    "section",
    { class: "card graph-panel citation-graph", "aria-labelledby": titleId },
    h(
      "div",
      { class: "card__head" },
      graphCardIntro(
        titleId,
        "Citations",
        "What it builds on, and what builds on it",
        "Left: the works it cites; right: the works citing it; arrows point at the cited work. Most relevant first: works citing both, plus shared references.",
      ),
      h(
        "div",
        { class: "graph-panel__actions" },
        exportMenu({ snapshot: () => (view ? snapshotView(view, { title: `Citations of ${paper.title}` }) : null) }),
      ),
    ),
    h(
      "p",
      { class: "citation-sides", "aria-hidden": "true" },
      h("span", {}, "← References"),
      h("span", {}, "Cited by →"),
    ),
    box,
    legend,
    lists,
    nodeList,
  );

  let view: SigmaView | null = null;
  let list: NodeList | null = null;
  let controller: AbortController | null = null;
  let scale: YearScale = yearScale([]);
  let year: number | null = null;
  const sides: Sides = { references: SIDE_STEP, citing: SIDE_STEP };

  const teardown = () => {
    controller?.abort();
    list?.destroy();
    view?.kill();
    list = null;
    view = null;
  };
  const layer = () => {
    const graph = view!.graph;
    const nodes = graph.mapNodes((key, attributes): [string, CitationAttributes] => [
      key,
      attributes as unknown as CitationAttributes,
    ]);
    const shown = citationLayer(nodes, scale, year);
    graph.forEachEdge((edge, _a, source, target) => {
      if (shown.hiddenNodes.has(source) || shown.hiddenNodes.has(target)) (shown.hiddenEdges as Set<string>).add(edge);
    });
    return shown;
  };
  const closeCard = () => {
    cardSlot.replaceChildren();
    view?.select(null);
  };
  const openCard = (node: string) => {
    if (!view) return;
    view.select(node);
    replace(cardSlot, nodeCard(node, view.graph.getNodeAttributes(node), view.graph.degree(node), closeCard));
  };

  const draw = (data: PaperGraph) => {
    const graph = createGraph(data);
    const positions = citationPositions(data.nodes.map((n) => ({ key: n.key, ...n.attributes })));
    graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions.get(key) }));
    const dark = preferredGraphTheme().name === "dark";
    scale = yearScale(
      data.nodes.map((n) => n.attributes.year),
      dark ? YEAR_PALETTE_DARK : YEAR_PALETTE,
    );
    view = createSigmaView(canvas, graph, {
      focus: paper.key,
      onNodeClick: openCard,
      onStageClick: closeCard,
      labelObstacles: () => overlayBoxes(canvas, [cardSlot]),
      label: `Citation graph of ${paper.title}: ${data.attributes.references.shown} references on the left, ${data.attributes.citing.shown} citing works on the right`,
    });
    view.setPage({ layer: layer() });
    replace(
      legend,
      scale.legend.map((entry) =>
        h("li", {}, h("span", { class: "citation-swatch", style: `background:${entry.color}` }), entry.label),
      ),
    );
    list = graphNodeList(view, { open: openCard });
    replace(nodeList, list.element);
    replace(
      lists,
      citationLists(data, (side) => void load({ ...sides, [side]: Math.min(SIDE_MAX, sides[side] + SIDE_STEP) })),
    );
    box.dataset.state = "ready";
    box.dataset.layout = "done";
    box.dataset.nodeCount = String(graph.order);
    window.__rge = { graph, renderer: view.renderer, view, focus: paper.key, layoutDone: Promise.resolve() };
  };

  const load = async (next: Sides) => {
    teardown();
    Object.assign(sides, next);
    controller = new AbortController();
    const signal = controller.signal;
    box.dataset.state = "loading";
    try {
      const data = await api.paperGraph(paper.id, sides, signal);
      if (!signal.aborted) draw(data);
    } catch (error) {
      if (signal.aborted) return;
      box.dataset.state = "error";
      replace(
        cardSlot,
        errorState(error, () => void load(sides)),
      );
    }
  };

  void load(sides);
  return {
    element,
    showYear: (chosen) => {
      year = chosen;
      if (view) view.setPage({ layer: layer() });
    },
    destroy: teardown,
  };
}
