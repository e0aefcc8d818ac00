/**
 * The citation graph's works as two ranked lists (references, cited by): title, year, authors and topics, and why
 * each ranks where it does (works citing both, shared references), with "Show more" asking the server for the next
 * most relevant ones. The text alternative of the graph and where authors and topics are readable in full.
 */
import type { PaperGraph, PaperGraphNodeAttributes } from "../../api.ts";
import { paperPath } from "../../router.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber, plural } from "../../ui/format.ts";

/** How many works of each side are asked for at first, and how many more each "Show more" adds. */
export const SIDE_STEP = 12;
export const SIDE_MAX = 200;

export interface Sides {
  references: number;
  citing: number;
}

const AUTHORS_SHOWN = 4;

function authorLine(attributes: PaperGraphNodeAttributes): string | null {
  const { authors, authorCount } = attributes;
  if (authors.length === 0) return null;
  const shown = authors.slice(0, AUTHORS_SHOWN).join(", ");
  return authorCount > AUTHORS_SHOWN ? `${shown} and ${formatNumber(authorCount - AUTHORS_SHOWN)} more` : shown;
}

/** "Cited together with it by 3 works · 2 shared references", or why it has no score. */
export function relevanceLine(attributes: Pick<PaperGraphNodeAttributes, "cocitation" | "coupling">): string {
  const parts: string[] = [];
  if (attributes.cocitation > 0) parts.push(`cited together with it by ${plural(attributes.cocitation, "work")}`);
  if (attributes.coupling > 0) parts.push(plural(attributes.coupling, "shared reference"));
  const text = parts.length > 0 ? parts.join(" · ") : "no co-citation or shared reference in the graph";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function row(key: string, attributes: PaperGraphNodeAttributes): HTMLElement {
  const id = key.slice(key.indexOf(":") + 1);
  const authors = authorLine(attributes);
  return h(
    "li",
    { "data-key": key, "data-rank": attributes.rank },
    h("a", { class: "row-main", href: paperPath(id) }, attributes.label),
    h(
      "p",
      { class: "citation-meta small" },
      attributes.year !== null ? h("span", { class: "work__year" }, String(attributes.year)) : null,
      authors ? h("span", {}, authors) : null,
    ),
    attributes.topicNames.length > 0
      ? h("p", { class: "citation-topics small muted" }, attributes.topicNames.join(" · "))
      : null,
    h("p", { class: "citation-why small faint" }, relevanceLine(attributes)),
  );
}

/** Both lists; `more(side)` asks for SIDE_STEP more works of that side. */
export function citationLists(data: PaperGraph, more: (side: keyof Sides) => void): HTMLElement[] {
  const side = (name: "reference" | "citing", key: keyof Sides, title: string) => {
    const nodes = data.nodes
      .filter((node) => node.attributes.side === name)
      .sort((a, b) => a.attributes.rank - b.attributes.rank);
    const { total, shown } = data.attributes[key];
    const headingId = `citation-${key}-title`;
    const button =
      shown < total && shown < SIDE_MAX
        ? h(
            "button",
            { class: "button", type: "button", "data-action": `more-${key}`, onclick: () => more(key) },
            `Show ${formatNumber(Math.min(SIDE_STEP, total - shown))} more`,
          )
        : null;
    return h(
      "section",
      { class: `citation-side citation-side--${key}`, "aria-labelledby": headingId },
      h("h3", { id: headingId, class: "subhead" }, `${title}: ${formatNumber(shown)} of ${formatNumber(total)}`),
      nodes.length === 0
        ? h(
            "p",
            { class: "empty" },
            name === "reference" ? "No reference in the graph." : "Nothing in the graph cites it.",
          )
        : h(
            "ol",
            { class: "plain-list citation-list", "data-list": `graph-${key}` },
            nodes.map((node) => row(node.key, node.attributes)),
          ),
      button,
    );
  };
  return [
    side("reference", "references", "References, most relevant first"),
    side("citing", "citing", "Cited by, most relevant first"),
  ];
}
