/** Pieces every graph card shares (the profile and paper graph panel, the team graph): its intro and overlay boxes. */
import type { Box } from "../graph/labels.ts";
import { h } from "./dom.ts";

/** The card's eyebrow, heading (with `titleId`, which the section is labelled by) and one line of description. */
export function graphCardIntro(titleId: string, eyebrow: string, title: string, description: string): HTMLElement {
  return h(
    "div",
    { class: "graph-panel__intro" },
    h("p", { class: "eyebrow" }, eyebrow),
    h("h2", { id: titleId }, title),
    h("p", { class: "muted small" }, description),
  );
}

/** Boxes of what floats over the canvas (buttons, badge, card), relative to it: labels keep clear of them. */
export function overlayBoxes(canvas: HTMLElement, overlays: readonly HTMLElement[]): Box[] {
  const origin = canvas.getBoundingClientRect();
  return overlays
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => ({
      x1: rect.left - origin.left - 4,
      y1: rect.top - origin.top - 4,
      x2: rect.right - origin.left + 4,
      y2: rect.bottom - origin.top + 4,
    }));
}
