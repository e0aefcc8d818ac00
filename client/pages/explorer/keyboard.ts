/**
 * Keyboard shortcuts of the explorer. Ignored while typing in a field, so "e" in the search box stays a letter.
 *   E expand the selection · M show more · C collapse · F fit selection · R reset camera · L layout on/off
 *   / search · Escape clear selection · Ctrl/⌘+Z undo · Ctrl/⌘+Shift+Z or Ctrl+Y redo
 */
import type { ExplorerApp } from "./app.ts";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName);
}

export function bindKeyboard(app: ExplorerApp, focusSearch: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === "z" && !isTyping(event.target)) {
      event.preventDefault();
      void (event.shiftKey ? app.redo() : app.undo());
      return;
    }
    if (mod && key === "y" && !isTyping(event.target)) {
      event.preventDefault();
      void app.redo();
      return;
    }
    if (mod || event.altKey || isTyping(event.target)) return;
    const selection = app.model.getState().selection.filter((k) => app.model.graph.hasNode(k));
    const single = selection.length === 1 ? selection[0]! : null;
    const actions: Record<string, () => void> = {
      e: () => void app.expand(selection),
      m: () => single && void app.expand([single]),
      c: () => single && void app.collapse(single),
      f: () => app.fitSelection(),
      r: () => app.resetCamera(),
      l: () => (app.layoutRunning() ? app.stopLayout() : app.startLayout()),
      "/": () => focusSearch(),
      escape: () => app.select(null),
    };
    const run = actions[key];
    if (!run) return;
    event.preventDefault();
    run();
  };
  window.addEventListener("keydown", onKey);
  return () => window.removeEventListener("keydown", onKey);
}
