/** Topics with counts, close collaborators and co-authors with shared-work counts, each linked. */
import type { Collaborator, Person } from "../../api.ts";
import { personPath } from "../../router.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber, plural, yearRange } from "../../ui/format.ts";
import { explorerPath } from "../../ui/links.ts";
import { showMoreList } from "../../ui/show-more-list.ts";

const COAUTHORS_SHOWN = 8;

export function topicsCard(person: Person): HTMLElement {
  const max = Math.max(1, ...person.topics.map((t) => t.works));
  return h(
    "section",
    { class: "card topics", "aria-labelledby": "topics-title" },
    h(
      "div",
      { class: "card__head" },
      h(
        "div",
        {},
        h("p", { class: "eyebrow" }, "Research areas"),
        h("h2", { id: "topics-title" }, `Topics (${formatNumber(person.counts.topics)})`),
      ),
    ),
    person.topics.length === 0
      ? h("p", { class: "empty" }, "No topics imported for these works.")
      : h(
          "ul",
          { class: "plain-list topic-list" },
          person.topics.map((topic) =>
            h(
              "li",
              { class: "topic-row", "data-key": topic.key },
              h("a", { class: "topic-row__name", href: explorerPath(topic.key), title: topic.name }, topic.name),
              topic.code && topic.code !== topic.name ? h("span", { class: "faint small" }, topic.code) : null,
              h("span", { class: "count" }, plural(topic.works, "work")),
              h(
                "span",
                { class: "bar kind-topic", "aria-hidden": "true" },
                h("span", { style: `width: ${Math.round((topic.works / max) * 100)}%` }),
              ),
            ),
          ),
        ),
  );
}

function collaboratorRow(collaborator: Collaborator): HTMLElement {
  const years = yearRange(collaborator.firstYear, collaborator.lastYear);
  return h(
    "li",
    { "data-key": collaborator.key },
    h("a", { class: "row-main", href: personPath(collaborator.id) }, collaborator.name),
    h(
      "span",
      { class: "count", title: years ? `Together ${years}` : "" },
      plural(collaborator.sharedWorks, "shared work"),
    ),
  );
}

export function collaboratorsCard(person: Person): HTMLElement {
  const close = new Set(person.closeCollaborators.map((c) => c.id));
  const others = person.coauthors.filter((c) => !close.has(c.id));
  const { list, toggle } = showMoreList(others, COAUTHORS_SHOWN, collaboratorRow, "coauthors");
  const notListed = person.coauthorsTotal - person.coauthors.length;
  return h(
    "section",
    { class: "card collaborators", "aria-labelledby": "collaborators-title" },
    h(
      "div",
      { class: "card__head" },
      h("div", {}, h("p", { class: "eyebrow" }, "Network"), h("h2", { id: "collaborators-title" }, "Collaborators")),
    ),
    h("h3", { class: "subhead" }, `Close collaborators (${formatNumber(person.counts.closeCollaborators)})`),
    person.closeCollaborators.length === 0
      ? h("p", { class: "empty" }, "No repeated collaboration yet.")
      : h(
          "ul",
          { class: "plain-list row-list", "data-list": "close-collaborators" },
          person.closeCollaborators.map(collaboratorRow),
        ),
    h(
      "h3",
      { class: "subhead" },
      `Other co-authors (${formatNumber(Math.max(0, person.coauthorsTotal - person.counts.closeCollaborators))})`,
    ),
    others.length === 0 ? h("p", { class: "empty" }, "No other co-authors imported.") : list,
    toggle,
    notListed > 0
      ? h(
          "p",
          { class: "small faint" },
          `${formatNumber(notListed)} more in the `,
          h("a", { href: explorerPath(person.key, { kinds: "person" }) }, "explorer"),
          ".",
        )
      : null,
  );
}
