/**
 * Label settings: Sigma draws at most one label per grid cell (the biggest node wins), skips labels of nodes drawn
 * smaller than a threshold, and forces only the labels a reducer marks visible. So at low zoom only the important
 * (big) nodes are labelled, and zooming in reveals the rest without overlap.
 */
import type { Settings } from "sigma/settings";

export const LABEL_SETTINGS = {
  /** Labels per grid cell; below 1 leaves room around each label. */
  labelDensity: 0.6,
  /** Cells wide enough for a shortened paper title (36 characters at 12 px). */
  labelGridCellSize: 140,
  /** Nodes drawn smaller than this (in pixels) are not labelled until the user zooms in. */
  labelRenderedSizeThreshold: 7,
} as const satisfies Partial<Settings>;

/** System font stack, same as the page (client/styles/tokens.css). */
export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LABEL_SIZE = 12;
