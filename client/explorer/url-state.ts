/**
 * The explorer's state in the URL, so a copied link reproduces the view. Only what differs from the defaults is
 * written; parsing never throws: an unknown or malformed value falls back to its default.
 *
 *   focus=<key>  s=<step> (repeated, in order: "e.<key>", "e2.<key>" = page 2, "a.<key>", "c.<key>",
 *                "p<k>.<constraint>.<from key>|<to key>" = paths)
 *   kinds=person,paper  from=1992  to=1994  minw=2  topic=<key>  iso=1
 *   color=community|topic  size=works  labels=1.2  cam=x,y,ratio  sel=<key> (repeated)
 */
import { DEFAULT_FILTERS, type Filters } from "./filters.ts";
import { COLOR_BYS, DEFAULT_ENCODINGS, type SizeBy } from "./encodings.ts";
import { DEFAULT_LABEL_DENSITY, initialState, type Camera, type ExplorerState } from "./state.ts";
import type { Step } from "./steps.ts";
import { NODE_KINDS, isNodeKind, kindOfKey } from "./types.ts";

function encodeStep(step: Step): string {
  if (step.type === "expand") return `e${step.page > 0 ? step.page : ""}.${step.node}`;
  if (step.type === "path") return `p${step.k}.${step.via}.${step.node}|${step.to}`;
  return `${step.type === "add" ? "a" : "c"}.${step.node}`;
}

export function decodeStep(text: string): Step | null {
  const path = /^p(\d+)\.([a-z]+)\.(.+?)\|(.+)$/.exec(text);
  if (path) {
    const [, k, via, node, to] = path as unknown as [string, string, string, string, string];
    if (!kindOfKey(node) || !kindOfKey(to) || Number(k) < 1 || Number(k) > 10) return null;
    return { type: "path", node, to, via, k: Number(k) };
  }
  const match = /^([eac])(\d*)\.(.+)$/.exec(text);
  if (!match || !kindOfKey(match[3]!)) return null;
  const node = match[3]!;
  if (match[1] === "e") return { type: "expand", node, page: match[2] ? Number(match[2]) : 0 };
  if (match[2]) return null;
  return { type: match[1] === "a" ? "add" : "collapse", node };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The query string (without "?") for the state's applied steps, filters, encodings, camera and selection. */
export function toSearch(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set("focus", state.focus);
  for (const step of state.steps.slice(0, state.cursor)) params.append("s", encodeStep(step));
  const { filters, encodings } = state;
  if (filters.kinds.length !== NODE_KINDS.length) params.set("kinds", filters.kinds.join(","));
  if (filters.yearFrom !== null) params.set("from", String(filters.yearFrom));
  if (filters.yearTo !== null) params.set("to", String(filters.yearTo));
  if (filters.minEdgeWeight > 1) params.set("minw", String(filters.minEdgeWeight));
  if (filters.topic) params.set("topic", filters.topic);
  if (filters.hideIsolated) params.set("iso", "1");
  if (encodings.colorBy !== DEFAULT_ENCODINGS.colorBy) params.set("color", encodings.colorBy);
  if (encodings.sizeBy !== DEFAULT_ENCODINGS.sizeBy) params.set("size", encodings.sizeBy);
  if (state.labelDensity !== DEFAULT_LABEL_DENSITY) params.set("labels", String(round(state.labelDensity, 2)));
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set("cam", [round(x, 4), round(y, 4), round(ratio, 4)].join(","));
  }
  for (const key of state.selection) params.append("sel", key);
  return params.toString();
}

function intOrNull(value: string | null): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

function parseCamera(value: string | null): Camera | null {
  const parts = value?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || parts[2]! <= 0) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}

function parseFilters(params: URLSearchParams): Filters {
  const kindsParam = params.get("kinds");
  const kinds = kindsParam === null ? [...DEFAULT_FILTERS.kinds] : kindsParam.split(",").filter(isNodeKind);
  const minw = Number(params.get("minw"));
  const topic = params.get("topic");
  return {
    kinds,
    yearFrom: intOrNull(params.get("from")),
    yearTo: intOrNull(params.get("to")),
    minEdgeWeight: Number.isFinite(minw) && minw > 1 ? minw : 1,
    topic: topic && kindOfKey(topic) === "topic" ? topic : null,
    hideIsolated: params.get("iso") === "1",
  };
}

/** The state a query string describes; null when it names no valid focus key. */
export function fromSearch(search: string): ExplorerState | null {
  const params = new URLSearchParams(search);
  const focus = params.get("focus");
  if (!focus || !kindOfKey(focus)) return null;
  const steps = params
    .getAll("s")
    .map(decodeStep)
    .filter((s): s is Step => s !== null);
  const color = params.get("color");
  const size = params.get("size");
  const labels = Number(params.get("labels"));
  const base = initialState(focus);
  const selection = params.getAll("sel").filter((key) => kindOfKey(key) !== undefined);
  return {
    ...base,
    steps,
    cursor: steps.length,
    filters: parseFilters(params),
    encodings: {
      colorBy: COLOR_BYS.find((c) => c === color) ?? DEFAULT_ENCODINGS.colorBy,
      sizeBy: (["degree", "works", "citations"] as SizeBy[]).find((s) => s === size) ?? DEFAULT_ENCODINGS.sizeBy,
    },
    labelDensity: params.has("labels") && Number.isFinite(labels) && labels > 0 ? labels : DEFAULT_LABEL_DENSITY,
    camera: parseCamera(params.get("cam")),
    selection: params.has("sel") ? selection : base.selection,
  };
}

/** True when two states differ in their applied steps (a graph change: pushState, not replaceState). */
export function graphChanged(a: ExplorerState, b: ExplorerState): boolean {
  const sa = a.steps.slice(0, a.cursor).map(encodeStep).join("\n");
  const sb = b.steps.slice(0, b.cursor).map(encodeStep).join("\n");
  return a.focus !== b.focus || sa !== sb;
}
