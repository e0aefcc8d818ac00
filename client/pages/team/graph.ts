/**
 * The team graph card: the answer's serialized graph drawn through the one render view (sigma-view.ts) with the team
 * layer (layer.ts), members selected so they are labelled first and never fade; zoom controls, a node card on click,
 * the export menu, the keyboard walk and the node list the shared pipeline gives every page.
 *
 * Test hooks: `.graph-box` carries `data-state` and `data-layout` as on the profile; `window.__rge` the view.
 */
import type { Team } from "../../team-api.ts";
import { createGraph } from "../../graph/data-graph.ts";
import { runLayout, type LayoutRun } from "../../graph/layout.ts";
import { createSigmaView, type SigmaView } from "../../graph/sigma-view.ts";
import type { SerializedGraph } from "../../graph/types.ts";
import { snapshotView } from "../../export/snapshot.ts";
import { h, replace, uid } from "../../ui/dom.ts";
import { exportMenu } from "../../ui/export-menu.ts";
import { graphCardIntro, overlayBoxes } from "../../ui/graph-card.ts";
import { graphNodeList, type NodeList } from "../../ui/graph-node-list.ts";
import { nodeCard } from "../../ui/node-card.ts";
import { zoomButtons } from "../../ui/graph-zoom-buttons.ts";
import { teamLayer, teamLegend } from "./layer.ts";

export interface TeamGraphCard {
  element: HTMLElement;
  destroy(): void;
}

/** One entry of the colour key; its swatch colour comes from the kind tokens (team.css), as the layer's do. */
function keyItem(role: "member" | "bridge" | "topic", text: string): HTMLElement {
  return h(
    "li",
    { class: "legend__item" },
    h("span", { class: `team-key team-key--${role}`, "aria-hidden": "true" }),
    h("span", {}, text),
  );
}

export function teamGraphCard(team: Team): TeamGraphCard {
  const titleId = uid("team-graph");
  const canvas = h("div", { class: "graph-canvas" });
  const cardSlot = h("div", { class: "graph-card-slot" });
  const controls = h("div", { class: "graph-controls", role: "group", "aria-label": "Graph view controls" });
  const box = h(
    "div",
    { class: "graph-box team-graph", "data-state": "loading", role: "region", "aria-label": "Team graph" },
    canvas,
    controls,
    cardSlot,
  );
  const nodeList = h("div", { class: "graph-nodes" });
  let view: SigmaView | null = null;
  let layout: LayoutRun | null = null;
  let list: NodeList | null = null;
  const element = h(
    "section",
    { class: "card graph-panel", "aria-labelledby": titleId },
    h(
      "div",
      { class: "card__head" },
      graphCardIntro(
        titleId,
        "Team graph",
        "How the team connects",
        "Members, the co-authorships between them, the collaborators who bridge them and the topics they share.",
      ),
      h(
        "div",
        { class: "graph-panel__actions" },
        exportMenu({
          snapshot: () => (view ? snapshotView(view, { title: "Team graph", legend: teamLegend }) : null),
        }),
      ),
    ),
    box,
    h(
      "ul",
      { class: "legend plain-list", "aria-label": "Colour key" },
      keyItem("member", "Members (large)"),
      keyItem("bridge", "Bridges (bigger: connect more members)"),
      keyItem("topic", "Shared topics"),
    ),
    nodeList,
  );

  const closeCard = () => {
    cardSlot.replaceChildren();
    view?.relabel();
  };
  const openCard = (node: string) => {
    if (!view || !view.graph.hasNode(node)) return;
    replace(cardSlot, nodeCard(node, view.graph.getNodeAttributes(node), view.graph.degree(node), closeCard));
    view.relabel();
  };
  const draw = () => {
    const graph = createGraph(team.graph as unknown as SerializedGraph);
    const members = new Set(team.graph.attributes.members);
    const bridges = new Map(team.bridges.map((bridge) => [bridge.key, bridge.connects]));
    view = createSigmaView(canvas, graph, {
      focus: null,
      layer: teamLayer(graph, { members, bridges }),
      highlightSelection: false,
      onNodeClick: openCard,
      onStageClick: closeCard,
      label: `Team graph: ${members.size} members, ${bridges.size} bridges`,
      labelObstacles: () => overlayBoxes(canvas, [controls, cardSlot]),
    });
    view.setPage({ selection: members });
    const current = view;
    replace(controls, ...zoomButtons(() => view));
    list = graphNodeList(view, { open: openCard });
    replace(nodeList, list.element);
    box.dataset.state = "ready";
    box.dataset.layout = "running";
    box.dataset.nodeCount = String(graph.order);
    box.dataset.edgeCount = String(graph.size);
    layout = runLayout(graph, { graphUnitsPerPixel: () => current.graphUnitsPerPixel(), nodeSize: current.nodeSize });
    window.__rge = { graph, renderer: view.renderer, view, focus: "", layoutDone: layout.done };
    void layout.done.then(() => {
      if (view !== current) return;
      box.dataset.layout = "done";
      current.relabel();
    });
  };
  // Sigma needs a container with a size: draw once the canvas is laid out (the page's CSS chunk may still be loading).
  const sized = new ResizeObserver(() => {
    if (view || canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
    sized.disconnect();
    draw();
  });
  sized.observe(canvas);

  return {
    element,
    destroy: () => {
      sized.disconnect();
      layout?.kill();
      list?.destroy();
      view?.kill();
      view = null;
    },
  };
}
