/**
 * The view as an SVG document: a pure function of the snapshot (snapshot.ts), so the vector file shows exactly
 * the positions, colours, sizes and labels Sigma drew after the reducers, with the colour key below the graph.
 * Text is measured by the caller's function when it has one (the canvas' measureText in the browser), else
 * estimated, so label plates fit the text.
 */
import { LABEL_FONT, LABEL_MARGIN, LABEL_SIZE } from "../graph/labels.ts";
import type { LegendEntry, SnapshotNode, ViewSnapshot } from "./snapshot.ts";

export interface SvgOptions {
  /** Width of a text in pixels at LABEL_SIZE; default an estimate from its length. */
  measure?: (text: string) => number;
  background?: string;
}

export const LEGEND_ROW_HEIGHT = 22;
const LEGEND_PADDING = 12;
const LABEL_PLATE = "rgba(255,255,255,0.82)";

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);
}

const estimate = (text: string) => text.length * LABEL_SIZE * 0.56;
const num = (value: number) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : 0);

function labelSvg(node: SnapshotNode, text: string, measure: (text: string) => number): string {
  const width = measure(text);
  const height = LABEL_SIZE + 2;
  const gap = node.size + LABEL_MARGIN;
  let x = node.x + gap;
  let y = node.y - height / 2;
  if (node.side === "left") x = node.x - gap - width;
  else if (node.side === "above" || node.side === "below") {
    x = node.x - width / 2;
    y = node.side === "below" ? node.y + gap : node.y - gap - height;
  }
  return (
    `<rect x="${num(x - 2)}" y="${num(y - 2)}" width="${num(width + 4)}" height="${num(height + 4)}" fill="${LABEL_PLATE}"/>` +
    `<text x="${num(x)}" y="${num(y + height / 2)}" dominant-baseline="central" fill="${escapeXml(node.labelColor)}">${escapeXml(text)}</text>`
  );
}

/** Rows of legend entries laid out left to right, wrapping at the width. */
export function legendLayout(
  legend: readonly LegendEntry[],
  width: number,
  measure: (text: string) => number,
): { entry: LegendEntry; text: string; x: number; row: number }[] {
  const placed: { entry: LegendEntry; text: string; x: number; row: number }[] = [];
  let x = LEGEND_PADDING;
  let row = 0;
  for (const entry of legend) {
    const text = `${entry.label} (${entry.count})`;
    const itemWidth = 16 + measure(text) + 18;
    if (x + itemWidth > width - LEGEND_PADDING && x > LEGEND_PADDING) {
      row += 1;
      x = LEGEND_PADDING;
    }
    placed.push({ entry, text, x, row });
    x += itemWidth;
  }
  return placed;
}

/** The snapshot as a standalone SVG document (UTF-8 text). */
export function toSvg(snapshot: ViewSnapshot, options: SvgOptions = {}): string {
  return renderSvg(snapshot, options).svg;
}

/** The SVG document and its size in pixels (the graph's box plus the legend rows under it). */
export function renderSvg(
  snapshot: ViewSnapshot,
  options: SvgOptions = {},
): { svg: string; width: number; height: number } {
  const measure = options.measure ?? estimate;
  const { width, height } = snapshot;
  const legend = legendLayout(snapshot.legend, width, measure);
  const rows = legend.length === 0 ? 0 : legend[legend.length - 1]!.row + 1;
  const total = height + (rows > 0 ? rows * LEGEND_ROW_HEIGHT + LEGEND_PADDING : 0);
  const byZ = <T extends { zIndex: number }>(items: readonly T[]) => [...items].sort((a, b) => a.zIndex - b.zIndex);
  const positions = new Map(snapshot.nodes.map((node) => [node.key, node]));
  const edges = byZ(snapshot.edges).map((edge) => {
    const a = positions.get(edge.source)!;
    const b = positions.get(edge.target)!;
    return `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${escapeXml(edge.color)}" stroke-width="${num(edge.size)}" data-key="${escapeXml(edge.key)}"/>`;
  });
  const ordered = byZ(snapshot.nodes);
  const nodes = ordered.map(
    (node) =>
      `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.size)}" fill="${escapeXml(node.color)}" data-key="${escapeXml(node.key)}" data-kind="${node.kind}"><title>${escapeXml(node.label)}</title></circle>`,
  );
  const labels = ordered.filter((node) => node.text !== null).map((node) => labelSvg(node, node.text!, measure));
  const key = legend.map(({ entry, text, x, row }) => {
    const y = height + LEGEND_PADDING / 2 + row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    return (
      `<circle cx="${num(x + 6)}" cy="${num(y)}" r="6" fill="${escapeXml(entry.color)}"/>` +
      `<text x="${num(x + 16)}" y="${num(y)}" dominant-baseline="central" fill="#1f2937">${escapeXml(text)}</text>`
    );
  });
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(total)}" viewBox="0 0 ${num(width)} ${num(total)}" font-family="${escapeXml(LABEL_FONT)}" font-size="${LABEL_SIZE}">`,
    `<title>${escapeXml(snapshot.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(options.background ?? "#ffffff")}"/>`,
    `<g class="edges" stroke-linecap="round">${edges.join("")}</g>`,
    `<g class="nodes" stroke="#ffffff" stroke-width="1">${nodes.join("")}</g>`,
    `<g class="labels">${labels.join("")}</g>`,
    `<g class="legend" aria-label="Colour key">${key.join("")}</g>`,
    `</svg>`,
  ].join("\n");
  return { svg, width, height: total };
}
