/**
 * The right panel: the selected node's details (fetched from /api/people/:id or /api/papers/:id), its links in the
 * graph, and actions (open page, expand, show more, collapse, find collaborators → add them). For a multi-selection,
 * the list of selected nodes and actions on all of them.
 */
import { api, type Paper, type Person, type SuggestedCollaborator } from "../../api.ts";
import { KIND_LABELS, shortLabel } from "../../graph/style.ts";
import { parseNodeKey } from "../../graph/types.ts";
import { formatNumber, yearRange } from "../../ui/format.ts";
import { h, replace, type Child } from "../../ui/dom.ts";
import { nodeHref } from "../../ui/links.ts";
import { MAX_TEAM, MIN_TEAM, teamPath } from "../../team/state.ts";
import type { ExplorerApp } from "./app.ts";
import { pathSection } from "./path-section.ts";

const MAX_LINKS = 25;

const action = (label: string, name: string, onclick: () => void, title = "") =>
  h("button", { class: "ex-btn", type: "button", "data-action": name, title: title || null, onclick }, label);

const fact = (term: string, value: Child) =>
  value === null || value === "" ? null : h("div", { class: "ex-fact" }, h("dt", {}, term), h("dd", {}, value));

/** "Open as team" for a selection holding 2 or more people (the team lens takes its first MAX_TEAM of them). */
function teamLink(keys: string[]): HTMLElement | null {
  const people = keys.filter((key) => key.startsWith("person:"));
  if (people.length < MIN_TEAM) return null;
  return h(
    "a",
    { class: "ex-btn ex-btn--primary", href: teamPath(people.slice(0, MAX_TEAM)), "data-action": "open-team" },
    `Open as team (${Math.min(people.length, MAX_TEAM)})`,
  );
}

export function detailsPanel(app: ExplorerApp): { element: HTMLElement; update(): void } {
  const element = h("aside", { class: "ex-right", "aria-label": "Selection details" });
  let shownKey = "";
  let controller: AbortController | undefined;
  const graph = app.model.graph;

  const nodeButton = (key: string) =>
    h(
      "button",
      {
        type: "button",
        class: "ex-link",
        "data-key": key,
        onclick: () => {
          app.select(key);
          void app.view.focusNode(key);
        },
      },
      h("span", { class: `ex-dot ex-dot--${graph.getNodeAttribute(key, "kind")}` }),
      shortLabel(String(graph.getNodeAttribute(key, "label") ?? key), 48),
    );

  const renderSingle = (key: string) => {
    const a = graph.getNodeAttributes(key);
    const parsed = parseNodeKey(key);
    const derived = app.model.getDerived();
    const expanded = derived.expanded.has(key);
    const more = app.model.hasMore(key);
    const neighbours = graph.neighbors(key);
    const extra = h("div", { class: "ex-extra" }, h("p", { class: "ex-muted" }, "Loading details…"));
    const collaborators = h("div", { class: "ex-collab" });
    const actions = h(
      "div",
      { class: "ex-actions" },
      h("a", { class: "ex-btn ex-btn--primary", href: nodeHref(key), "data-action": "open" }, "Open page"),
      action(
        expanded ? "Expand more" : "Expand",
        "expand",
        () => void app.expand([key]),
        "Add this node's neighbours (E, double-click)",
      ),
      expanded && more ? action("Show more", "more", () => void app.expand([key]), "Next neighbours (M)") : null,
      expanded ? action("Collapse", "collapse", () => void app.collapse(key), "Remove what expanding added (C)") : null,
      a.kind === "person"
        ? action("Find collaborators", "collaborators", () => void findCollaborators(key, collaborators))
        : null,
    );
    replace(
      element,
      h(
        "div",
        { class: "ex-card__kind" },
        h("span", { class: `ex-dot ex-dot--${a.kind}` }),
        KIND_LABELS[a.kind] ?? a.kind,
      ),
      h("h2", { class: "ex-card__title" }, String(a.label ?? key)),
      h(
        "dl",
        { class: "ex-facts" },
        fact(
          "Years",
          a.kind === "paper"
            ? ((a.year as number | null) ?? null)
            : yearRange(a.firstYear as number | null, a.lastYear as number | null),
        ),
        fact("Works", typeof a.worksCount === "number" ? formatNumber(a.worksCount) : null),
        fact("Citations", typeof a.citationCount === "number" ? formatNumber(a.citationCount) : null),
        fact("Links shown", String(neighbours.length)),
      ),
      actions,
      extra,
      collaborators,
      h("h3", { class: "ex-subtitle" }, "In the graph"),
      h(
        "ul",
        { class: "ex-links" },
        neighbours.slice(0, MAX_LINKS).map((n) => h("li", {}, nodeButton(n))),
      ),
      neighbours.length > MAX_LINKS ? h("p", { class: "ex-muted" }, `and ${neighbours.length - MAX_LINKS} more`) : null,
    );
    if (!parsed || (parsed.kind !== "person" && parsed.kind !== "paper")) {
      extra.remove();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    const request = parsed.kind === "person" ? api.person(parsed.id, signal) : api.paper(parsed.id, signal);
    (request as Promise<Person | Paper>).then(
      (data) => {
        if (!signal.aborted) replace(extra, "trust" in data ? personExtra(data) : paperExtra(data));
      },
      () => {
        if (!signal.aborted) replace(extra, h("p", { class: "ex-muted" }, "Details are unavailable right now."));
      },
    );
  };

  const findCollaborators = async (key: string, target: HTMLElement) => {
    const id = parseNodeKey(key)?.id ?? "";
    replace(target, h("p", { class: "ex-muted" }, "Looking for collaborators…"));
    try {
      const { items } = await api.suggestedCollaborators(id, { limit: 8 });
      renderSuggestions(items, target);
    } catch {
      replace(target, h("p", { class: "ex-muted" }, "Suggestions are unavailable right now."));
    }
  };
  const renderSuggestions = (items: SuggestedCollaborator[], target: HTMLElement) => {
    if (items.length === 0)
      return replace(target, h("p", { class: "ex-muted" }, "No suggestions through shared topics."));
    replace(
      target,
      h("h3", { class: "ex-subtitle" }, "Suggested collaborators"),
      h(
        "ul",
        { class: "ex-suggestions" },
        items.map((item) =>
          h(
            "li",
            {},
            h(
              "div",
              {},
              h("strong", {}, item.name),
              h(
                "div",
                { class: "ex-muted" },
                item.sharedTopics
                  .slice(0, 2)
                  .map((t) => t.name)
                  .join(", "),
              ),
            ),
            graph.hasNode(item.key)
              ? h("span", { class: "ex-muted" }, "shown")
              : action("Add", "add-suggestion", () => void app.add(item.key), `Add ${item.name} to the graph`),
          ),
        ),
      ),
    );
  };

  const renderMulti = (keys: string[]) => {
    replace(
      element,
      h("h2", { class: "ex-card__title" }, `${keys.length} selected`),
      h(
        "div",
        { class: "ex-actions" },
        action("Expand all", "expand", () => void app.expand(keys)),
        action("Fit selection", "fit", () => app.fitSelection()),
        action("Clear", "clear", () => app.select(null)),
        teamLink(keys),
      ),
      keys.length === 2 ? pathSection(app, keys[0]!, keys[1]!) : null,
      h(
        "ul",
        { class: "ex-links" },
        keys.map((k) => h("li", {}, nodeButton(k))),
      ),
    );
  };

  const renderEmpty = () =>
    replace(
      element,
      h(
        "div",
        { class: "ex-empty" },
        h("h2", { class: "ex-card__title" }, "Nothing selected"),
        h(
          "p",
          { class: "ex-muted" },
          "Click a node to see its details; shift-click (or Shift+Enter) to select several, and several people open as a team. Double-click (or E) expands a node.",
        ),
        h(
          "p",
          { class: "ex-muted" },
          "Keys: E expand · M more · C collapse · F fit · R reset · L layout · / search · Ctrl+Z undo",
        ),
      ),
    );

  const update = () => {
    const selection = app.model.getState().selection.filter((k) => graph.hasNode(k));
    const key = `${selection.join("\n")}|${app.model.getDerived().expanded.size}|${graph.order}`;
    if (key === shownKey) return;
    shownKey = key;
    if (selection.length === 0) renderEmpty();
    else if (selection.length === 1) renderSingle(selection[0]!);
    else renderMulti(selection);
  };
  return { element, update };
}

function personExtra(person: Person): HTMLElement {
  return h(
    "div",
    {},
    person.headline ? h("p", {}, person.headline) : null,
    h(
      "dl",
      { class: "ex-facts" },
      fact("Co-authors", formatNumber(person.counts.coauthors)),
      fact("Trust", `${person.trust.score} · ${person.trust.tier}`),
      fact("Affiliation", person.affiliations[0]?.name ?? null),
    ),
    person.topics.length
      ? h(
          "p",
          { class: "ex-muted" },
          "Topics: ",
          person.topics
            .slice(0, 5)
            .map((t) => t.name)
            .join(", "),
        )
      : null,
  );
}

function paperExtra(paper: Paper): HTMLElement {
  return h(
    "div",
    {},
    h(
      "p",
      { class: "ex-muted" },
      paper.authors
        .slice(0, 6)
        .map((a) => a.name)
        .join(", "),
      paper.authors.length > 6 ? " …" : "",
    ),
    h(
      "dl",
      { class: "ex-facts" },
      fact("Venue", paper.venue?.name ?? null),
      fact("References", formatNumber(paper.referencesCount)),
      fact("Cited by", formatNumber(paper.citedByCount)),
    ),
    paper.abstract ? h("p", { class: "ex-abstract" }, shortLabel(paper.abstract, 420)) : null,
  );
}
