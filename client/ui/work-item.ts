/** One published work in a list: type · year · venue, the linked title, linked authors, topics, the abstract. */
import type { Work } from "../api.ts";
import { paperPath, personPath } from "../router.ts";
import { h } from "./dom.ts";
import { humanize, plural } from "./format.ts";
import { explorerPath } from "./links.ts";

const MAX_AUTHORS = 12;

export function workItem(work: Work, options: { highlightPersonId?: string } = {}): HTMLElement {
  const authors = [...work.authors].sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9));
  const shown = authors.slice(0, MAX_AUTHORS);
  const authorLinks = shown.flatMap((author, index) => [
    index > 0 ? ", " : null,
    author.id === options.highlightPersonId
      ? h("strong", {}, author.name)
      : h("a", { href: personPath(author.id) }, author.name),
  ]);
  const more = authors.length - shown.length;
  return h(
    "article",
    { class: "work", "data-key": work.key },
    h(
      "p",
      { class: "work__meta" },
      work.type ? h("span", { class: "chip chip--accent" }, humanize(work.type)) : null,
      work.year ? h("span", { class: "work__year" }, String(work.year)) : null,
      work.venue?.name ? h("span", { class: "work__venue" }, work.venue.name) : null,
      h("span", { class: "work__citations" }, plural(work.citationCount ?? 0, "citation")),
    ),
    h("h3", { class: "work__title" }, h("a", { href: paperPath(work.id) }, work.title)),
    authors.length > 0
      ? h("p", { class: "work__authors small" }, authorLinks, more > 0 ? ` and ${more} more` : null)
      : h("p", { class: "work__authors small faint" }, "Authors not imported"),
    work.topics.length > 0
      ? h(
          "p",
          { class: "chips work__topics" },
          work.topics.map((topic) =>
            h(
              "a",
              { class: "chip kind-topic", href: explorerPath(topic.key) },
              h("span", { class: "dot" }),
              topic.name,
            ),
          ),
        )
      : null,
    work.abstract
      ? h("details", { class: "work__abstract" }, h("summary", {}, "Abstract"), h("p", {}, work.abstract))
      : null,
  );
}
