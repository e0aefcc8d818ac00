/** The zoom in / zoom out / reset buttons floating over an embedded graph (client/ui/graph-panel.ts). */
import type { SigmaView } from "../graph/sigma-view.ts";
import { h, icon } from "./dom.ts";

const ZOOM_IN = `<svg viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" stroke-width="1.8"><path d="M10 4v12M4 10h12"/></svg>`;
const ZOOM_OUT = `<svg viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" stroke-width="1.8"><path d="M4 10h12"/></svg>`;
const RESET = `<svg viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M3 8V3h5M17 12v5h-5M3 3l5 5M17 17l-5-5"/></svg>`;

/** The three buttons, acting on whatever view `current()` returns when clicked (none: they do nothing). */
export function zoomButtons(current: () => SigmaView | null): HTMLButtonElement[] {
  const button = (label: string, svg: string, action: () => void) =>
    h(
      "button",
      { class: "button icon-button", type: "button", "aria-label": label, title: label, onclick: action },
      icon(svg),
    );
  return [
    button("Zoom in", ZOOM_IN, () => void current()?.zoomIn()),
    button("Zoom out", ZOOM_OUT, () => void current()?.zoomOut()),
    button("Reset view", RESET, () => void current()?.resetCamera()),
  ];
}
