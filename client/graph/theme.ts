/**
 * The graph's colours beyond the kinds, per colour scheme: labels and their plates, faded nodes and edges, the
 * keyboard focus ring. The light theme is style.ts's constants; the dark one keeps labels readable on the dark
 * canvas (light text on a dark plate, 4.5:1 or more) and fades towards the canvas instead of towards white.
 */
import type { EdgeKind } from "./types.ts";
import {
  EDGE_COLOR,
  EDGE_FADE_COLOR,
  EDGE_HIGHLIGHT_COLOR,
  EDGE_KIND_COLORS,
  LABEL_COLOR,
  NODE_FADE_COLOR,
} from "./style.ts";

export interface GraphTheme {
  name: "light" | "dark";
  label: string;
  selectedLabel: string;
  labelBackground: string;
  nodeFade: string;
  edge: string;
  edgeKinds: Readonly<Partial<Record<EdgeKind, string>>>;
  edgeFade: string;
  edgeHighlight: string;
  /** Border and inner plate of the keyboard focus ring (Sigma's node backdrop). */
  ring: string;
  ringPlate: string;
}

export const LIGHT_GRAPH_THEME: GraphTheme = {
  name: "light",
  label: LABEL_COLOR,
  selectedLabel: "#111827",
  labelBackground: "rgba(255,255,255,0.82)",
  nodeFade: NODE_FADE_COLOR,
  edge: EDGE_COLOR,
  edgeKinds: EDGE_KIND_COLORS,
  edgeFade: EDGE_FADE_COLOR,
  edgeHighlight: EDGE_HIGHLIGHT_COLOR,
  ring: "#1e3a8a",
  ringPlate: "rgba(255,255,255,0.9)",
};

export const DARK_GRAPH_THEME: GraphTheme = {
  name: "dark",
  label: "#e6e9ee",
  selectedLabel: "#ffffff",
  labelBackground: "rgba(18,23,30,0.85)",
  nodeFade: "#2a323d",
  edge: "#3a4553",
  edgeKinds: { coauthor: "#4a5767", cites: "#6b5530" },
  edgeFade: "#1c232c",
  edgeHighlight: "#c8d0da",
  ring: "#ffd166",
  ringPlate: "rgba(18,23,30,0.9)",
};

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The theme the visitor's system asks for now. */
export function preferredGraphTheme(): GraphTheme {
  return typeof window !== "undefined" && window.matchMedia?.(DARK_QUERY).matches
    ? DARK_GRAPH_THEME
    : LIGHT_GRAPH_THEME;
}

/** Calls `listener` with the new theme whenever the system's colour scheme changes; returns an unsubscribe. */
export function onGraphThemeChange(listener: (theme: GraphTheme) => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  if (!query) return () => {};
  const onChange = () => listener(preferredGraphTheme());
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
