/**
 * "Find paths" for two selected nodes in the explorer's panel: the constraint and count, then the paths merged into
 * the explorer's graph as one undoable step (model.paths), the chosen one brought forward, its steps listed here.
 */
import "../../styles/paths.css";
import { h, replace } from "../../ui/dom.ts";
import { pathOptions, showPathResult } from "../../ui/path-finder.ts";
import { loadingState } from "../../ui/states.ts";
import type { ExplorerApp } from "./app.ts";

/** The panel re-renders when the graph grows (as a path step makes it): the section for a pair outlives that. */
const shown = new WeakMap<ExplorerApp, { pair: string; element: HTMLElement }>();

export function pathSection(app: ExplorerApp, from: string, to: string): HTMLElement {
  const pair = `${from}\n${to}`;
  const kept = shown.get(app);
  if (kept?.pair === pair) return kept.element;
  const element = buildSection(app, from, to);
  shown.set(app, { pair, element });
  return element;
}

function buildSection(app: ExplorerApp, from: string, to: string): HTMLElement {
  const options = pathOptions();
  const output = h("div", { class: "path-output", role: "status", "aria-live": "polite", "data-path-output": "" });
  const run = async () => {
    const step = { type: "path" as const, node: from, to, via: options.constraint(), k: options.k() };
    output.dataset.state = "loading";
    replace(output, loadingState("Searching for paths…"));
    const result = await app.paths(step);
    if (!result) {
      output.dataset.state = "error";
      replace(output, h("p", {}, "The path search failed; try again."));
      return;
    }
    showPathResult(output, result, (choice) => app.emphasise({ step, nodes: choice.nodes, edges: choice.edges }));
  };
  return h(
    "section",
    { class: "ex-section ex-paths", "aria-label": "Paths between the two selected nodes", "data-path-section": "" },
    h("h3", { class: "ex-section__title" }, "How are they connected?"),
    options.element,
    h(
      "button",
      { class: "ex-btn", type: "button", "data-action": "find-paths", onclick: () => void run() },
      "Find paths",
    ),
    output,
  );
}
