/** The summary of one upload, as the import page shows it: counts, ambiguous entries, bad records, the explorer link. */
import type { ImportSummary } from "../../contract/schemas/imports.ts";
import { h } from "../ui/dom.ts";
import { EXPLORER_LINK_MAX_WORKS, explorerUrlForWorks } from "./explorer-link.ts";

function counts(summary: ImportSummary): HTMLElement {
  const row = (label: string, value: number, name: string) =>
    [h("dt", {}, label), h("dd", { "data-count": name }, String(value))] as const;
  return h(
    "dl",
    { class: "import__counts" },
    ...row("Matched to works in the graph", summary.matched.length, "matched"),
    ...row("Added as new works", summary.added.length, "added"),
    ...row("Ambiguous (not imported)", summary.ambiguous.length, "ambiguous"),
    ...row("Bad records (not imported)", summary.bad.length, "bad"),
  );
}

function details(title: string, items: HTMLElement[], name: string): HTMLElement | null {
  if (items.length === 0) return null;
  return h("section", { "aria-label": title, "data-list": name }, h("h3", {}, title), h("ul", {}, items));
}

export function summaryView(summary: ImportSummary): HTMLElement {
  const link = explorerUrlForWorks(summary.workIds);
  const shown = Math.min(summary.workIds.length, EXPLORER_LINK_MAX_WORKS);
  return h(
    "section",
    { class: "card import__summary", "aria-labelledby": "import-summary-title", "data-summary": "" },
    h("h2", { id: "import-summary-title" }, `Imported ${summary.file}`),
    h("p", { class: "small muted" }, `${summary.format === "ris" ? "RIS" : "BibTeX"}, ${summary.read} records read`),
    counts(summary),
    link
      ? h(
          "p",
          {},
          h(
            "a",
            { class: "button button--primary", href: link, "data-open-explorer": "" },
            "Open the imported works in the explorer",
          ),
          shown < summary.workIds.length ? h("span", { class: "small muted" }, ` (the first ${shown})`) : null,
        )
      : h("p", { class: "muted" }, "No work of this file is in the graph."),
    details(
      "Ambiguous entries",
      summary.ambiguous.map((e) =>
        h(
          "li",
          {},
          `line ${e.line}: ${e.title || e.key || "untitled"} — ${e.workIds.length} candidates (${e.by ?? ""})`,
        ),
      ),
      "ambiguous",
    ),
    details(
      "Bad records",
      summary.bad.map((bad) => h("li", {}, `${bad.file}:${bad.line}: ${bad.reason}`)),
      "bad",
    ),
  );
}
