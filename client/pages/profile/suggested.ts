/** Suggested collaborators through shared topics, each with its evidence; loads on its own so it cannot block the page. */
import { api, type SuggestedCollaborator } from "../../api.ts";
import { personPath } from "../../router.ts";
import { h, replace } from "../../ui/dom.ts";
import { formatNumber, plural } from "../../ui/format.ts";
import { errorState, loadingState } from "../../ui/states.ts";

const LIMIT = 6;

/** Shared topics (works on each side) and mutual co-authors; also the invite form's fit reasons. */
export function suggestionEvidence(item: SuggestedCollaborator, firstName: string): HTMLElement {
  const topics = item.sharedTopics.map(
    (t) => `${t.name} (they ${formatNumber(t.theirWorks)}, ${firstName} ${formatNumber(t.yourWorks)})`,
  );
  return h(
    "ul",
    { class: "plain-list evidence small" },
    topics.length > 0
      ? h("li", {}, h("span", { class: "evidence__label" }, "Shared topics: "), topics.join("; "))
      : null,
    item.mutualCoauthors.length > 0
      ? h(
          "li",
          {},
          h("span", { class: "evidence__label" }, "Mutual co-authors: "),
          item.mutualCoauthors
            .slice(0, 4)
            .flatMap((m, i) => [i > 0 ? ", " : null, h("a", { href: personPath(m.id) }, m.name)]),
          item.mutualCoauthors.length > 4 ? ` and ${item.mutualCoauthors.length - 4} more` : null,
        )
      : null,
  );
}

export function suggestedCard(personId: string, personName: string): { element: HTMLElement; abort(): void } {
  const body = h("div", { class: "suggested__body" });
  const firstName = personName.split(" ")[0] ?? personName;
  const element = h(
    "section",
    { class: "card suggested", "aria-labelledby": "suggested-title" },
    h(
      "div",
      { class: "card__head" },
      h(
        "div",
        {},
        h("p", { class: "eyebrow" }, "Through shared topics"),
        h("h2", { id: "suggested-title" }, "Suggested collaborators"),
      ),
    ),
    body,
  );
  const controller = new AbortController();
  const load = () => {
    replace(body, loadingState("Finding researchers who work on the same topics…"));
    api
      .suggestedCollaborators(personId, { limit: LIMIT }, controller.signal)
      .then(({ items }) => {
        if (items.length === 0) {
          replace(body, h("p", { class: "empty" }, "No one outside the co-author network shares these topics yet."));
          return;
        }
        replace(
          body,
          h(
            "ul",
            { class: "plain-list suggestion-list", "data-list": "suggested" },
            items.map((item) =>
              h(
                "li",
                { class: "suggestion", "data-key": item.key },
                h(
                  "div",
                  { class: "suggestion__head" },
                  h("a", { href: personPath(item.id), class: "suggestion__name" }, item.name),
                  h("span", { class: "count" }, plural(item.worksCount, "work")),
                ),
                suggestionEvidence(item, firstName),
              ),
            ),
          ),
        );
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        replace(body, errorState(error, load));
      });
  };
  load();
  return { element, abort: () => controller.abort() };
}
