/** The paper header: title, type, year, venue, external links (DOI, arXiv), and the linked authors. */
import type { Paper } from "../../api.ts";
import { personPath } from "../../router.ts";
import { h } from "../../ui/dom.ts";
import { arxivUrl, doiUrl, humanize } from "../../ui/format.ts";

export function paperHeader(paper: Paper): HTMLElement {
  const authors = [...paper.authors].sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9));
  const arxiv = arxivUrl(paper.id);
  const links = [
    paper.doi
      ? h(
          "a",
          { class: "chip", href: doiUrl(paper.doi), rel: "noopener", target: "_blank" },
          `DOI ${paper.doi.replace(/^https?:\/\/doi.org\//, "")}`,
        )
      : null,
    arxiv
      ? h(
          "a",
          { class: "chip", href: arxiv, rel: "noopener", target: "_blank" },
          `arXiv ${paper.id.replace(/^arxiv:/, "")}`,
        )
      : null,
    paper.url && paper.url !== arxiv && !paper.doi
      ? h("a", { class: "chip", href: paper.url, rel: "noopener", target: "_blank" }, "Source")
      : null,
  ];
  return h(
    "section",
    { class: "card paper-header", "aria-labelledby": "paper-title" },
    h("div", { class: "paper-icon kind-paper", "aria-hidden": "true" }, "¶"),
    h(
      "div",
      { class: "paper-header__body" },
      h("p", { class: "eyebrow" }, "Paper"),
      h("h1", { id: "paper-title", class: "paper-title" }, paper.title),
      h(
        "p",
        { class: "work__meta paper-header__meta" },
        paper.type ? h("span", { class: "chip chip--accent" }, humanize(paper.type)) : null,
        paper.year ? h("span", { class: "work__year" }, String(paper.year)) : null,
        paper.venue?.name ? h("span", {}, paper.venue.name) : null,
      ),
      authors.length > 0
        ? h(
            "p",
            { class: "paper-header__authors" },
            authors.flatMap((author, i) => [i > 0 ? ", " : null, h("a", { href: personPath(author.id) }, author.name)]),
          )
        : h("p", { class: "faint" }, "Authors not imported"),
      h("div", { class: "chips paper-header__links" }, links),
      paper.abstract
        ? h(
            "div",
            { class: "paper-abstract" },
            h("h2", { class: "subhead" }, "Abstract"),
            h("p", { class: "abstract__text" }, paper.abstract),
          )
        : h("p", { class: "small faint paper-abstract" }, "No abstract was imported for this paper."),
    ),
  );
}
