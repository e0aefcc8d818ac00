/**
 * The embed's drawing: the explorer's model loads the state's graph (focus slice + steps), the one render view draws
 * it with the explorer's page layer (filters, colour and size encodings), ForceAtlas2 settles it once, and the saved
 * camera is applied. No click, double-click or URL writes: the embed is read-only.
 */
import { computeAppearance, type LegendEntry } from "../../explorer/encodings.ts";
import { applyFilters } from "../../explorer/filters.ts";
import type { ExplorerState } from "../../explorer/state.ts";
import { runLayout, type LayoutRun } from "../../graph/layout.ts";
import { createSigmaView, EXPLORER_SETTINGS, type SigmaView } from "../../graph/sigma-view.ts";
import { KIND_COLORS, KIND_LABELS_PLURAL } from "../../graph/style.ts";
import { createExplorerModel, type ExplorerModel } from "../explorer/model.ts";
import { snapshotView } from "../../export/snapshot.ts";

/** How long the layout settles the embedded graph (the explorer's first layout runs as long). */
export const EMBED_LAYOUT_MS = 2000;

export interface EmbedView {
  model: ExplorerModel;
  view: SigmaView;
  /** Resolves when the graph is loaded, drawn and laid out. */
  done: Promise<void>;
  kill(): void;
}

export interface EmbedCallbacks {
  onReady(focusLabel: string, legend: LegendEntry[]): void;
  onError(message: string): void;
}

export function createEmbedView(container: HTMLElement, state: ExplorerState, callbacks: EmbedCallbacks): EmbedView {
  // The URL of the embed stays as it was given: the model writes it back unchanged (history mode "replace").
  const model = createExplorerModel(state);
  const graph = model.graph;
  const view = createSigmaView(container, graph, {
    focus: state.focus,
    settings: { ...EXPLORER_SETTINGS, gestureTarget: "shared" },
    sizeScale: 1,
    highlightSelection: false,
  });
  let layout: LayoutRun | null = null;
  let legend: LegendEntry[] = [];
  const redraw = () => {
    const current = model.getState();
    const appearance = computeAppearance(graph, current.encodings, KIND_COLORS, KIND_LABELS_PLURAL);
    legend = appearance.legend;
    view.setPage({
      layer: {
        ...applyFilters(graph, current.filters),
        colors: appearance.colors,
        sizes: appearance.sizes,
        edgeColors: appearance.edgeColors,
      },
      selection: current.selection,
      labelDensity: current.labelDensity,
    });
  };
  const off = model.subscribe((change) => {
    if (change.kind === "graph" || change.kind === "view") redraw();
  });
  const done = model.ready.then(
    async () => {
      layout = runLayout(graph, {
        durationMs: EMBED_LAYOUT_MS,
        graphUnitsPerPixel: view.graphUnitsPerPixel,
        nodeSize: view.nodeSize,
      });
      await layout.done;
      const camera = model.getState().camera;
      if (camera) view.renderer.getCamera().setState(camera);
      view.relabel();
      const focus = model.getState().focus;
      const label = graph.hasNode(focus) ? graph.getNodeAttribute(focus, "label") : focus;
      // The key counts what is drawn (the filters hide some kinds), as the exports do.
      callbacks.onReady(label, snapshotView(view, { title: label, legend: () => legend }).legend);
    },
    (error: unknown) => {
      callbacks.onError(error instanceof Error ? error.message : "The graph could not be loaded.");
    },
  );
  return {
    model,
    view,
    done,
    kill: () => {
      off();
      layout?.kill();
      view.kill();
    },
  };
}
