/**
 * The export formats a view offers, each a function of its snapshot to a named file. Bibliographies ask the API for
 * the view's papers (authors and DOIs are not in the graph); everything else is computed in the browser.
 */
import { api } from "../api.ts";
import { createTextMeasurer } from "../graph/visible-labels.ts";
import { toBibtex, toRis } from "./bibliography.ts";
import { edgesCsv, nodesCsv, toGexf, toGraphml } from "./graph-files.ts";
import { pngSize, toPng, PNG_SCALES } from "./png.ts";
import { renderSvg, toSvg } from "./svg.ts";
import type { ViewSnapshot } from "./snapshot.ts";

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

export interface ExportFormat {
  id: string;
  /** What the menu says, e.g. "PNG image, 2× (1840 × 1200 px)". */
  label(snapshot: ViewSnapshot): string;
  build(snapshot: ViewSnapshot, stem: string): Promise<ExportFile>;
}

const text = (content: string, type: string) => new Blob([content], { type: `${type};charset=utf-8` });

/** A file name stem from a title: lower case, ASCII letters, digits and dashes. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return stem.slice(0, 80) || "research-graph";
}

async function papersOf(snapshot: ViewSnapshot) {
  const keys = snapshot.nodes.filter((node) => node.kind === "paper").map((node) => node.key);
  if (keys.length === 0) return [];
  return (await api.worksBatch(keys)).items;
}

const measure = createTextMeasurer();

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  ...PNG_SCALES.map((scale): ExportFormat => ({
    id: `png-${scale}x`,
    label: (snapshot) => {
      const { width, height } = renderSvg(snapshot, { measure });
      const size = pngSize(width, height, scale);
      return `PNG image, ${scale}× (${size.width} × ${size.height} px)`;
    },
    build: async (snapshot, stem) => ({ blob: await toPng(snapshot, scale, { measure }), fileName: `${stem}.png` }),
  })),
  {
    id: "svg",
    label: () => "SVG vector image",
    build: async (snapshot, stem) => ({
      blob: text(toSvg(snapshot, { measure }), "image/svg+xml"),
      fileName: `${stem}.svg`,
    }),
  },
  {
    id: "gexf",
    label: () => "GEXF (Gephi, Gephi Lite)",
    build: async (snapshot, stem) => ({ blob: text(toGexf(snapshot), "application/xml"), fileName: `${stem}.gexf` }),
  },
  {
    id: "graphml",
    label: () => "GraphML (Cytoscape, yEd)",
    build: async (snapshot, stem) => ({
      blob: text(toGraphml(snapshot), "application/xml"),
      fileName: `${stem}.graphml`,
    }),
  },
  {
    id: "nodes-csv",
    label: () => "Nodes, CSV",
    build: async (snapshot, stem) => ({ blob: text(nodesCsv(snapshot), "text/csv"), fileName: `${stem}-nodes.csv` }),
  },
  {
    id: "edges-csv",
    label: () => "Edges, CSV",
    build: async (snapshot, stem) => ({ blob: text(edgesCsv(snapshot), "text/csv"), fileName: `${stem}-edges.csv` }),
  },
  {
    id: "bibtex",
    label: (snapshot) => `Papers, BibTeX (${snapshot.nodes.filter((n) => n.kind === "paper").length})`,
    build: async (snapshot, stem) => ({
      blob: text(toBibtex(await papersOf(snapshot)), "application/x-bibtex"),
      fileName: `${stem}.bib`,
    }),
  },
  {
    id: "ris",
    label: (snapshot) => `Papers, RIS (${snapshot.nodes.filter((n) => n.kind === "paper").length})`,
    build: async (snapshot, stem) => ({
      blob: text(toRis(await papersOf(snapshot)), "application/x-research-info-systems"),
      fileName: `${stem}.ris`,
    }),
  },
];

/** Saves a blob as a file through a temporary download link. */
export function saveFile({ blob, fileName }: ExportFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
