/** `/`: find people (and papers, topics) from a search box, or start from an example profile. */
import "../styles/detail.css";
import "../styles/detail-cards.css";
import "../styles/home.css";
import { api } from "../api.ts";
import type { Route } from "../router.ts";
import { h } from "../ui/dom.ts";
import { formatNumber } from "../ui/format.ts";
import { searchBox } from "../ui/search-box.ts";
import { pageFrame } from "../ui/site-header.ts";
import { featuredPeople } from "./home/featured.ts";

export function mount(root: HTMLElement, _route: Route): () => void {
  document.title = "Research Graph Explorer";
  const main = pageFrame(root, "home", { search: false });
  const featured = featuredPeople();
  const stats = h("p", { class: "hero__stats small muted", "aria-live": "polite" });
  const controller = new AbortController();
  api
    .health(controller.signal)
    .then(({ counts }) => {
      if (!counts) return;
      const parts: [string, number | undefined, string][] = [
        ["person", counts.people, "researchers"],
        ["paper", counts.papers, "papers"],
        ["topic", counts.topics, "topics"],
        ["institution", counts.institutions, "institutions"],
      ];
      stats.replaceChildren(
        ...parts
          .filter(([, n]) => typeof n === "number")
          .map(([kind, n, label]) =>
            h(
              "span",
              { class: "hero__stat" },
              h("span", { class: `dot kind-${kind}`, "aria-hidden": "true" }),
              `${formatNumber(n)} ${label}`,
            ),
          ),
      );
    })
    .catch(() => stats.replaceChildren());

  main.append(
    h(
      "section",
      { class: "hero" },
      h("p", { class: "eyebrow" }, "Research Graph Explorer"),
      h("h1", {}, "See researchers in the context of their work"),
      h(
        "p",
        { class: "hero__lead muted" },
        "Profiles with a trust snapshot, co-authors, topics and an interactive graph of the papers, people and institutions around them.",
      ),
      searchBox({ large: true, autofocus: true, placeholder: "Search people, papers, topics…" }),
      stats,
    ),
    h(
      "section",
      { class: "featured", "aria-labelledby": "featured-title" },
      h(
        "div",
        { class: "section-head" },
        h("h2", { id: "featured-title" }, "Start from a profile"),
        h("a", { href: "/explore?focus=person%3Aarxiv%3AS.Shelah" }, "Or open the explorer →"),
      ),
      featured.element,
    ),
    h(
      "p",
      { class: "home__credits small faint" },
      "Demo data: Paperscape arXiv 1991–1995 (ODbL; Damien P. George and Rob Knegjens, paperscape.org), an OpenAlex works sample (CC0) and one seed profile.",
    ),
  );
  return () => {
    controller.abort();
    featured.abort();
  };
}
