/** Paper page sections: a stats/topics side card, and the reference and cited-by lists. */
import type { Paper, PaperRef } from "../../api.ts";
import { paperPath } from "../../router.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber, plural } from "../../ui/format.ts";
import { explorerPath } from "../../ui/links.ts";
import { showMoreList } from "../../ui/show-more-list.ts";
import { withTooltip } from "../../ui/tooltip.ts";

function stat(value: number | null, label: string, explanation: string, key: string): HTMLElement {
  return withTooltip(
    h(
      "div",
      { class: "stat", "data-stat": key },
      h("span", { class: "stat__value" }, formatNumber(value)),
      h("span", { class: "stat__label" }, label),
    ),
    explanation,
  );
}

export function glanceCard(paper: Paper): HTMLElement {
  return h(
    "section",
    { class: "card glance", "aria-labelledby": "glance-title" },
    h(
      "div",
      { class: "card__head" },
      h("div", {}, h("p", { class: "eyebrow" }, "At a glance"), h("h2", { id: "glance-title" }, "In the graph")),
    ),
    h(
      "div",
      { class: "stats" },
      stat(
        paper.citedByCount ?? paper.citationCount,
        "cited by",
        "Works in the imported data that cite this paper.",
        "cited-by",
      ),
      stat(
        paper.referencesCount,
        "references",
        `Cited works that are in the imported data${paper.referencesTotal ? ` (the paper lists ${formatNumber(paper.referencesTotal)} in total)` : ""}.`,
        "references",
      ),
      stat(
        paper.authors.length,
        paper.authors.length === 1 ? "author" : "authors",
        "Authors as listed by the source.",
        "authors",
      ),
      stat(
        paper.topics.length,
        paper.topics.length === 1 ? "topic" : "topics",
        "Research topics (arXiv categories or OpenAlex topics).",
        "topics",
      ),
    ),
    h("h3", { class: "subhead" }, "Topics"),
    paper.topics.length === 0
      ? h("p", { class: "empty" }, "No topics imported.")
      : h(
          "p",
          { class: "chips" },
          paper.topics.map((t) =>
            h("a", { class: "chip kind-topic", href: explorerPath(t.key) }, h("span", { class: "dot" }), t.name),
          ),
        ),
  );
}

const LIST_SHOWN = 10;

function refRow(ref: PaperRef): HTMLElement {
  return h(
    "li",
    { "data-key": ref.key },
    h("a", { class: "row-main", href: paperPath(ref.id), title: ref.title }, ref.title),
    h(
      "span",
      { class: "count" },
      [ref.year ? String(ref.year) : null, plural(ref.citationCount ?? 0, "citation")].filter(Boolean).join(" · "),
    ),
  );
}

export function citationsCard(kind: "references" | "cited-by", items: PaperRef[], total: number): HTMLElement {
  const title = kind === "references" ? "References" : "Cited by";
  const id = `${kind}-title`;
  const { list, toggle } = showMoreList(items, LIST_SHOWN, refRow, kind);
  return h(
    "section",
    { class: `card citations citations--${kind}`, "aria-labelledby": id },
    h(
      "div",
      { class: "card__head" },
      h(
        "div",
        {},
        h("p", { class: "eyebrow" }, kind === "references" ? "This paper cites" : "Cited in"),
        h("h2", { id }, `${title} (${formatNumber(total)})`),
      ),
    ),
    items.length === 0
      ? h(
          "p",
          { class: "empty" },
          kind === "references" ? "None of its references is in the imported data." : "No imported work cites it yet.",
        )
      : list,
    toggle,
    total > items.length
      ? h(
          "p",
          { class: "small faint" },
          `${formatNumber(total - items.length)} more are not listed here; the explorer shows them all.`,
        )
      : null,
  );
}
