/**
 * Wires the explorer together: model (state + data graph), the shared render view with the explorer's page layer
 * (filters, colour and size encodings), layout, keyboard and the URL. The panels only read the model and call its
 * actions; this file decides what each change means for the drawing.
 */
import { runLayout, removeOverlaps, type LayoutRun } from "../../graph/layout.ts";
import { KIND_COLORS, KIND_LABELS_PLURAL } from "../../graph/style.ts";
import { computeAppearance, type Appearance } from "../../explorer/encodings.ts";
import { applyFilters } from "../../explorer/filters.ts";
import { appliedSteps, redo, sameStep, select, setCamera, undo, type ExplorerState } from "../../explorer/state.ts";
import type { PathStep } from "../../explorer/steps.ts";
import type { PathResult } from "../../api.ts";
import { pathEmphasis } from "../../graph/path-emphasis.ts";
import { createSigmaView, EXPLORER_SETTINGS, type SigmaView } from "../../graph/sigma-view.ts";
import { createExplorerModel, type Change, type ExplorerModel } from "./model.ts";

/** How long ForceAtlas2 settles new nodes after an expansion, and how long "Run layout" runs at most. */
export const SETTLE_MS = 1200;
export const RUN_LAYOUT_MS = 20_000;
const CAMERA_URL_DEBOUNCE_MS = 300;

export interface ExplorerApp {
  model: ExplorerModel;
  view: SigmaView;
  appearance(): Appearance;
  /**
   * Graph actions: each stops a running layout first (the worker must not race graph edits). Expanding an
   * expanded node shows its next page ("show more").
   */
  expand(nodes: readonly string[]): Promise<void>;
  collapse(node: string): Promise<void>;
  add(node: string): Promise<void>;
  /** Path search between two nodes (a step when found, see model.paths); the answer, or null when it failed. */
  paths(step: PathStep): Promise<PathResult | null>;
  /** Brings one found path forward (page layer emphasis) while its step applies; null ends it. */
  emphasise(path: { step: PathStep; nodes: readonly string[]; edges: readonly string[] } | null): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  select(node: string | null, additive?: boolean): void;
  update: ExplorerModel["update"];
  startLayout(): void;
  stopLayout(): void;
  layoutRunning(): boolean;
  noverlap(): void;
  resetCamera(): void;
  fitSelection(): void;
  onChange(listener: (change: Change) => void): () => void;
  /** Errors of actions (and plain-string notices), for the toast. */
  onError(listener: (error: unknown) => void): () => void;
  kill(): void;
}

export function createExplorerApp(container: HTMLElement, initial: ExplorerState): ExplorerApp {
  const model = createExplorerModel(initial);
  const graph = model.graph;
  let layout: LayoutRun | null = null;
  let appearance: Appearance = {
    colors: new Map(),
    edgeColors: new Map(),
    sizes: new Map(),
    legend: [],
    sizeLegend: "",
  };
  const errorListeners = new Set<(error: unknown) => void>();
  let emphasis: Parameters<ExplorerApp["emphasise"]>[0] = null;
  const changeListeners = new Set<(change: Change) => void>();

  const view = createSigmaView(container, graph, {
    focus: initial.focus,
    settings: EXPLORER_SETTINGS,
    sizeScale: 1,
    highlightSelection: false,
    onNodeClick: (node, additive) => app.select(node, additive),
    onNodeDoubleClick: (node) => void app.expand([node]),
    onNodeExpand: (node) => app.expand([node]),
    label: "Explorer graph",
    onStageClick: () => app.select(null),
  });

  const stopLayout = () => {
    layout?.kill();
    layout = null;
  };
  const settle = (durationMs: number) => {
    stopLayout();
    const run = runLayout(graph, { durationMs, graphUnitsPerPixel: view.graphUnitsPerPixel, nodeSize: view.nodeSize });
    layout = run;
    void run.done.then(() => {
      if (layout === run) layout = null;
      emit({ kind: "view" });
    });
  };

  /** Filters and appearance, recomputed once per change (never per frame). */
  const recompute = () => {
    const state = model.getState();
    appearance = computeAppearance(graph, state.encodings, KIND_COLORS, KIND_LABELS_PLURAL);
    if (emphasis && !appliedSteps(state).some((step) => sameStep(step, emphasis!.step))) emphasis = null;
    view.setPage({
      layer: {
        ...applyFilters(graph, state.filters),
        colors: appearance.colors,
        sizes: appearance.sizes,
        edgeColors: appearance.edgeColors,
        emphasis: emphasis ? pathEmphasis(emphasis.nodes, emphasis.edges) : undefined,
      },
      selection: state.selection,
      labelDensity: state.labelDensity,
    });
  };

  const emit = (change: Change) => changeListeners.forEach((listener) => listener(change));
  let firstGraph = true;
  model.subscribe((change) => {
    if (change.kind === "graph") {
      recompute();
      if ((change.added?.length ?? 0) > 0) settle(firstGraph ? 2000 : SETTLE_MS);
      firstGraph = false;
    } else if (change.kind === "view") recompute();
    else if (change.kind === "selection") view.setPage({ selection: model.getState().selection });
    emit(change);
  });

  const guard = (task: Promise<void>) =>
    task.catch((error: unknown) => {
      errorListeners.forEach((listener) => listener(error));
    });
  const graphAction = (run: () => Promise<void>) => {
    stopLayout();
    return guard(run());
  };

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const camera = view.renderer.getCamera();
  camera.on("updated", (cam) => {
    if (cameraTimer !== undefined) clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      void model.update(setCamera({ x: cam.x, y: cam.y, ratio: cam.ratio }), "replace");
    }, CAMERA_URL_DEBOUNCE_MS);
  });
  void model.ready.then(() => {
    const saved = model.getState().camera;
    if (saved) camera.setState(saved);
  }, guardError);
  /** A notice is not an error: the toast shows it in a neutral style. */
  function notify(message: string) {
    errorListeners.forEach((listener) => listener(message));
  }
  function guardError(error: unknown) {
    errorListeners.forEach((listener) => listener(error));
  }

  const onPopState = () => void graphAction(() => model.fromUrl(window.location.search));
  window.addEventListener("popstate", onPopState);

  const app: ExplorerApp = {
    model,
    view,
    appearance: () => appearance,
    expand: (nodes) =>
      graphAction(async () => {
        const before = graph.order;
        for (const node of nodes) await model.expand(node);
        if (graph.order === before) notify("Every neighbour is already shown.");
      }),
    collapse: (node) => graphAction(() => model.collapse(node)),
    add: (node) =>
      graphAction(async () => {
        if (!graph.hasNode(node)) await model.add(node);
        await model.update(select(node), "replace");
        // The settle layout moves the new nodes: aim the camera once they are where they will stay.
        await layout?.done;
        await view.focusNode(node);
      }),
    paths: async (step) => {
      stopLayout();
      try {
        return await model.paths(step);
      } catch (error) {
        guardError(error);
        return null;
      }
    },
    emphasise: (path) => {
      emphasis = path;
      recompute();
      if (path) void layout?.done.then(() => view.fitNodes(path.nodes));
      if (path && !layout) void view.fitNodes(path.nodes);
    },
    undo: () => graphAction(() => model.update(undo(), "push")),
    redo: () => graphAction(() => model.update(redo(), "push")),
    select: (node, additive = false) => void guard(model.update(select(node, additive), "replace")),
    update: (producer, history) => guard(model.update(producer, history)),
    startLayout: () => {
      settle(RUN_LAYOUT_MS);
      emit({ kind: "view" });
    },
    stopLayout: () => {
      layout?.stop();
      emit({ kind: "view" });
    },
    layoutRunning: () => layout?.isRunning() ?? false,
    noverlap: () => {
      stopLayout();
      removeOverlaps(graph, { graphUnitsPerPixel: view.graphUnitsPerPixel, nodeSize: view.nodeSize });
    },
    resetCamera: () => void view.resetCamera(),
    fitSelection: () => void view.fitNodes(model.getState().selection),
    onChange: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onError: (listener) => {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
    kill: () => {
      window.removeEventListener("popstate", onPopState);
      if (cameraTimer !== undefined) clearTimeout(cameraTimer);
      stopLayout();
      view.kill();
    },
  };
  return app;
}
