/**
 * /explore?focus=<key>&… : the full-screen graph explorer. Reads its state from the URL (a copied link reproduces
 * the view), builds the panels around the canvas and exposes `window.__rgeExplorer` for tests.
 */
import "../styles/explorer.css";
import "../styles/explorer-canvas.css";
import "../styles/explorer-panels.css";
import "../styles/graph-edges.css";
import type { Route } from "../router.ts";
import { fromSearch } from "../explorer/url-state.ts";
import { h } from "../ui/dom.ts";
import { createExplorerApp, type ExplorerApp } from "./explorer/app.ts";
import { detailsPanel } from "./explorer/details.ts";
import { bindKeyboard } from "./explorer/keyboard.ts";
import { sidebar } from "./explorer/sidebar.ts";
import { topbar } from "./explorer/topbar.ts";
import { explorerExportMenu } from "./explorer/export.ts";

declare global {
  interface Window {
    __rgeExplorer?: ExplorerApp;
  }
}

/** Without a focus the explorer starts from the demo's seed profile. */
export const DEFAULT_FOCUS = "person:arxiv:Xia Song";

export function mount(root: HTMLElement, _route: Route): () => void {
  const state = fromSearch(window.location.search) ?? fromSearch(`focus=${encodeURIComponent(DEFAULT_FOCUS)}`)!;
  document.title = "Explorer · Research Graph Explorer";
  document.body.classList.add("ex-body");
  document.documentElement.classList.add("ex-root");
  // The render view makes the canvas a keyboard-operable graph (role, name, live region): graph-keyboard.ts.
  const canvas = h("div", { class: "ex-canvas" });
  const toast = h("div", { class: "ex-toast", role: "alert", hidden: true });
  const shell = h("div", { class: "ex" });
  root.replaceChildren(shell);
  shell.append(h("main", { class: "ex-main", id: "main" }, canvas));

  const app = createExplorerApp(canvas, state);
  window.__rgeExplorer = app;
  const top = topbar(app);
  const left = sidebar(app);
  const right = detailsPanel(app);
  top.element.append(explorerExportMenu(app));
  shell.prepend(top.element);
  shell.append(left.element, right.element, toast);

  const updateAll = () => {
    top.update();
    left.update();
    right.update();
  };
  const offChange = app.onChange(updateAll);
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const offError = app.onError((error) => {
    const notice = typeof error === "string";
    toast.textContent = notice ? error : error instanceof Error ? error.message : "Something went wrong.";
    toast.classList.toggle("ex-toast--info", notice);
    toast.hidden = false;
    if (toastTimer !== undefined) clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (toast.hidden = true), 5000);
    updateAll();
  });
  const offKeys = bindKeyboard(app, top.focusSearch);
  updateAll();
  void app.model.ready.then(updateAll, () => updateAll());

  return () => {
    offKeys();
    offChange();
    offError();
    left.playback.destroy();
    if (toastTimer !== undefined) clearTimeout(toastTimer);
    app.kill();
    document.body.classList.remove("ex-body");
    document.documentElement.classList.remove("ex-root");
    delete window.__rgeExplorer;
  };
}
