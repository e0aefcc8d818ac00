/**
 * What every render view is built with: Sigma settings (embedded and explorer), the node primitives (label font,
 * one SDF shape per kind), and timings, with camera moves that jump under prefers-reduced-motion.
 */
import type { Settings } from "sigma/settings";
import {
  extremityArrow,
  layerPlain,
  pathLine,
  pathLoop,
  sdfCircle,
  sdfDiamond,
  sdfRectangle,
  sdfSquare,
  sdfTriangle,
} from "sigma/rendering";
import { LABEL_FONT, LABEL_SETTINGS, LABEL_SIZE } from "./labels.ts";

export const HOVER_DEBOUNCE_MS = 40;
export const CAMERA_ANIMATION_MS = 250;

/** Calls `apply` with the last value it was given once HOVER_DEBOUNCE_MS pass without another (pointer hover). */
export function hoverDebounce<T>(apply: (value: T) => void): ((value: T) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = (value: T) => {
    clearTimeout(timer);
    timer = setTimeout(() => apply(value), HOVER_DEBOUNCE_MS);
  };
  return Object.assign(call, { cancel: () => clearTimeout(timer) });
}

/** Whether the visitor's system asks for reduced motion (read at each use: it can change while a page is open). */
export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}

/** Camera moves jump instead of gliding when the visitor asks for reduced motion. */
export function cameraDuration(): number {
  return prefersReducedMotion() ? 0 : CAMERA_ANIMATION_MS;
}

/**
 * Embedded by default: the page scrolls under the wheel and the graph zooms with Ctrl/⌘ + wheel ("shared"), node
 * sizes are in screen pixels, and labels follow LABEL_SETTINGS.
 */
export const VIEW_SETTINGS: Partial<Settings> = {
  ...LABEL_SETTINGS,
  itemSizesReference: "screen",
  gestureTarget: "shared",
  enableCameraRotation: false,
  enableCameraMouseRotation: false,
  minCameraRatio: 0.08,
  maxCameraRatio: 4,
  stagePadding: 40,
  // Co-author edges are labelled with their shared topics (reducers.ts) and answer the pointer (their tooltip).
  renderEdgeLabels: true,
  enableEdgeEvents: true,
};

/** The full-screen explorer: the wheel zooms, a wider zoom range, edges stay drawn while moving. */
export const EXPLORER_SETTINGS: Partial<Settings> = {
  ...VIEW_SETTINGS,
  gestureTarget: "graph",
  hideEdgesOnMove: false,
  minCameraRatio: 0.02,
  maxCameraRatio: 10,
  stagePadding: 60,
};

/**
 * Label font, and one shape per kind (style.ts KIND_SHAPES), so kinds never differ by colour alone. Edges: straight
 * lines (loops for completeness) that may end in an arrow (`head: "arrow"`: citations on the paper graph), labels
 * drawn along them over a plate in the label colours.
 */
export const VIEW_PRIMITIVES = {
  nodes: {
    label: { font: { family: LABEL_FONT, size: LABEL_SIZE } },
    shapes: [sdfCircle(), sdfSquare(), sdfDiamond(), sdfTriangle(), sdfRectangle({ aspectRatio: 1.7 })],
  },
  edges: {
    paths: [pathLine(), pathLoop()],
    extremities: [extremityArrow()],
    layers: [layerPlain()],
    label: { margin: 3 },
  },
};
