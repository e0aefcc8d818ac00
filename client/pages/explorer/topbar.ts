/**
 * The explorer's top bar: brand, a search combobox that adds the picked node to the graph (not a link away, unlike
 * the site search), undo/redo, and the breadcrumbs of the exploration path.
 */
import { api, type SearchResult } from "../../api.ts";
import { KIND_LABELS } from "../../graph/style.ts";
import { isNodeKind } from "../../graph/types.ts";
import { breadcrumbs } from "../../explorer/steps.ts";
import { appliedSteps, canRedo, canUndo } from "../../explorer/state.ts";
import { h, replace, uid } from "../../ui/dom.ts";
import type { ExplorerApp } from "./app.ts";

const SEARCH_DEBOUNCE_MS = 150;
const SEARCH_LIMIT = 8;

export function topbar(app: ExplorerApp): { element: HTMLElement; update(): void; focusSearch(): void } {
  const listId = uid("ex-search-list");
  const input = h("input", {
    class: "ex-search__input",
    type: "search",
    role: "combobox",
    "aria-label": "Add a person, paper, topic or institution to the graph",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    spellcheck: "false",
    placeholder: "Add to graph: people, papers, topics…  ( / )",
  });
  const list = h("ul", { class: "ex-search__list", id: listId, role: "listbox", hidden: true });
  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const render = () => {
    replace(
      list,
      results.map((result, index) =>
        h(
          "li",
          {
            id: `${listId}-${index}`,
            role: "option",
            class: `ex-search__option${index === active ? " is-active" : ""}`,
            "aria-selected": index === active ? "true" : "false",
            "data-key": result.key,
            onmousedown: ((event: Event) => {
              event.preventDefault();
              pick(result);
            }) as EventListener,
          },
          h("span", { class: `ex-dot ex-dot--${result.kind}`, "aria-hidden": "true" }),
          h("span", { class: "ex-search__label" }, result.label),
          h(
            "span",
            { class: "ex-search__meta" },
            isNodeKind(result.kind) ? KIND_LABELS[result.kind] : result.kind,
            result.subtitle ? ` · ${result.subtitle}` : "",
          ),
        ),
      ),
      results.length === 0 ? h("li", { class: "ex-search__empty" }, "No match") : null,
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
  };
  const pick = (result: SearchResult) => {
    close();
    input.value = "";
    void app.add(result.key);
  };
  const search = (query: string) => {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    api.search(query, { limit: SEARCH_LIMIT }, signal).then(
      (response) => {
        if (signal.aborted) return;
        results = response.results;
        active = results.length > 0 ? 0 : -1;
        render();
      },
      () => {
        if (!signal.aborted) close();
      },
    );
  };
  input.addEventListener("input", () => {
    if (timer !== undefined) clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) return close();
    timer = setTimeout(() => search(query), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      render();
    } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      pick(results[active]!);
    } else if (event.key === "Escape") {
      close();
      input.blur();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  const undoButton = h(
    "button",
    {
      class: "ex-btn ex-btn--icon",
      type: "button",
      title: "Undo (Ctrl+Z)",
      "aria-label": "Undo",
      onclick: () => void app.undo(),
    },
    "↶",
  );
  const redoButton = h(
    "button",
    {
      class: "ex-btn ex-btn--icon",
      type: "button",
      title: "Redo (Ctrl+Shift+Z)",
      "aria-label": "Redo",
      onclick: () => void app.redo(),
    },
    "↷",
  );
  const crumbs = h("nav", { class: "ex-crumbs", "aria-label": "Exploration path" });
  const status = h("span", { class: "ex-status", role: "status", "aria-live": "polite" });

  const element = h(
    "header",
    { class: "ex-top" },
    h("a", { class: "ex-brand", href: "/" }, "Research Graph"),
    h("div", { class: "ex-search" }, input, list),
    h("div", { class: "ex-history" }, undoButton, redoButton),
    crumbs,
    status,
  );

  const update = () => {
    const state = app.model.getState();
    undoButton.disabled = !canUndo(state);
    redoButton.disabled = !canRedo(state);
    const trail = breadcrumbs(state.focus, appliedSteps(state)).filter((key) => app.model.graph.hasNode(key));
    replace(
      crumbs,
      h(
        "ol",
        {},
        trail.map((key, index) =>
          h(
            "li",
            {},
            index > 0 ? h("span", { class: "ex-crumbs__sep", "aria-hidden": "true" }, "›") : null,
            h(
              "button",
              { type: "button", class: "ex-crumbs__item", "data-key": key, onclick: () => crumbClick(key) },
              String(app.model.graph.getNodeAttribute(key, "label") ?? key),
            ),
          ),
        ),
      ),
    );
    const g = app.model.graph;
    status.textContent = app.model.busy() ? "Loading…" : `${g.order} nodes · ${g.size} links`;
  };
  const crumbClick = (key: string) => {
    app.select(key);
    void app.view.focusNode(key);
  };
  return { element, update, focusSearch: () => input.focus() };
}
