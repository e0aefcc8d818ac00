/**
 * Example profiles for the home page: the seed profile the product is modelled on and the biggest hubs of the
 * Paperscape data. Their numbers come live from the API; a card whose profile is missing is left out.
 */
import { api, type Person } from "../../api.ts";
import { personPath } from "../../router.ts";
import { h, replace } from "../../ui/dom.ts";
import { plural, yearRange } from "../../ui/format.ts";

export const FEATURED_PEOPLE: readonly { id: string; why: string }[] = [
  { id: "arxiv:Xia Song", why: "The seed profile" },
  { id: "arxiv:S.Shelah", why: "Most works in the arXiv sample" },
  { id: "arxiv:V.Barger", why: "Widest co-author network" },
  { id: "arxiv:E.Elizalde", why: "Busy Paperscape author" },
  { id: "arxiv:J.Ellis", why: "Particle physics hub" },
  { id: "openalex:A5007671479", why: "OpenAlex author with ORCID" },
];

function initials(name: string): string {
  return (
    name
      .split(/[\s.]+/)
      .filter(Boolean)
      .map((part) => part[0]!.toUpperCase())
      .slice(0, 2)
      .join("") || "?"
  );
}

function personCard(person: Person, why: string): HTMLElement {
  const years = yearRange(person.activeYears.first, person.activeYears.last);
  return h(
    "li",
    {},
    h(
      "a",
      { class: "card person-card", href: personPath(person.id), "data-key": person.key },
      h("span", { class: "avatar avatar--small", "aria-hidden": "true" }, initials(person.name)),
      h(
        "span",
        { class: "person-card__body" },
        h("span", { class: "person-card__why eyebrow" }, why),
        h("span", { class: "person-card__name" }, person.name),
        h(
          "span",
          { class: "person-card__facts small muted" },
          [plural(person.counts.works, "work"), plural(person.counts.coauthors, "co-author"), years]
            .filter(Boolean)
            .join(" · "),
        ),
        h("span", { class: "person-card__trust small" }, `Trust ${person.trust.score} · ${person.trust.tier}`),
      ),
    ),
  );
}

export function featuredPeople(): { element: HTMLElement; abort(): void } {
  const list = h(
    "ul",
    { class: "plain-list person-grid", "aria-busy": "true" },
    FEATURED_PEOPLE.map(() => h("li", {}, h("div", { class: "card person-card person-card--placeholder skeleton" }))),
  );
  const controller = new AbortController();
  void Promise.all(
    FEATURED_PEOPLE.map(({ id, why }) =>
      api.person(id, controller.signal).then(
        (person) => personCard(person, why),
        () => null,
      ),
    ),
  ).then((cards) => {
    if (controller.signal.aborted) return;
    const shown = cards.filter((card): card is HTMLElement => card !== null);
    list.removeAttribute("aria-busy");
    if (shown.length === 0) {
      replace(list, h("li", { class: "empty" }, "The example profiles could not be loaded. Search above instead."));
    } else replace(list, shown);
  });
  return { element: list, abort: () => controller.abort() };
}
