/**
 * Draws a path answer in an existing render view: its graph merges into the view's data graph (nothing is drawn
 * twice: keys are stable) and the page layer brings the path's nodes and edges forward. Used by the profile's graph
 * panel; the explorer merges through its step model and adds the same emphasis to its own layer.
 */
import { kindLayer } from "./appearance.ts";
import { pathEmphasis } from "./path-emphasis.ts";
import { mergeSlice } from "./data-graph.ts";
import { runLayout, type LayoutRun } from "./layout.ts";
import type { SigmaView } from "./sigma-view.ts";
import type { SerializedGraph } from "./types.ts";

/**
 * Merges `data` into the view's graph and emphasises `nodes`/`edges` over a kind layer. New nodes are settled by a
 * short ForceAtlas2 run with everything that was already on screen pinned; returns that run (null when none).
 */
export function drawPath(
  view: SigmaView,
  focus: string | null,
  data: SerializedGraph,
  nodes: readonly string[],
  edges: readonly string[],
): LayoutRun | null {
  const { addedNodes } = mergeSlice(view.graph, data);
  view.setPage({ layer: { ...kindLayer(view.graph, focus), emphasis: pathEmphasis(nodes, edges) } });
  if (addedNodes.length === 0) return null;
  const added = new Set(addedNodes);
  return runLayout(view.graph, {
    graphUnitsPerPixel: () => view.graphUnitsPerPixel(),
    nodeSize: view.nodeSize,
    pin: view.graph.filterNodes((key) => !added.has(key)),
    durationMs: 800,
  });
}
