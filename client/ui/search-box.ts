/**
 * Autocomplete over GET /api/search, as an ARIA combobox: arrows move through the suggestions, Enter opens one,
 * Escape closes the list. Requests are debounced and the previous one is aborted, so results never arrive out of
 * order.
 */
import { api, type SearchResult } from "../api.ts";
import { KIND_LABELS } from "../graph/style.ts";
import { isNodeKind } from "../graph/types.ts";
import { h, replace, uid } from "./dom.ts";
import { nodeHref } from "./links.ts";

export interface SearchBoxOptions {
  placeholder?: string;
  kinds?: readonly string[];
  large?: boolean;
  autofocus?: boolean;
  /** Accessible name of the input; default "Search people, papers and topics". */
  label?: string;
  /** Called with the chosen result instead of opening its page (pickers); the input is cleared after. */
  onChoose?: (result: SearchResult) => void;
  /** With onChoose: the input shows the chosen result's label instead of clearing (a picker of one value). */
  keepChoice?: boolean;
}

const DEBOUNCE_MS = 150;
const LIMIT = 8;

export function searchBox(options: SearchBoxOptions = {}): HTMLElement {
  const listId = uid("search-list");
  const input = h("input", {
    class: "search__input",
    type: "search",
    role: "combobox",
    "aria-label": options.label ?? "Search people, papers and topics",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    autocomplete: "off",
    spellcheck: "false",
    placeholder: options.placeholder ?? "Search people, papers, topics…",
  });
  if (options.autofocus) input.autofocus = true;
  const list = h("ul", { class: "search__list", id: listId, role: "listbox", hidden: true });
  const status = h("div", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const root = h("div", { class: `search${options.large ? " search--large" : ""}` }, input, list, status);

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

  const highlight = (index: number) => {
    active = index;
    list
      .querySelectorAll("[role=option]")
      .forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `${listId}-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const render = (query: string) => {
    if (results.length === 0) {
      replace(list, h("li", { class: "search__empty", role: "presentation" }, `No match for “${query}”`));
    } else {
      replace(
        list,
        results.map((result, index) => {
          const kind = isNodeKind(result.kind) ? result.kind : "person";
          return h(
            "li",
            {
              id: `${listId}-${index}`,
              role: "option",
              "aria-selected": "false",
              class: "search__option",
              "data-key": result.key,
            },
            h(
              "a",
              { href: nodeHref(result.key), tabindex: "-1" },
              h("span", { class: `dot kind-${kind}`, "aria-hidden": "true" }),
              h("span", { class: "search__label" }, result.label),
              h("span", { class: "search__meta" }, result.subtitle || KIND_LABELS[kind]),
            ),
          );
        }),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = results.length === 0 ? "No results" : `${results.length} suggestions`;
    highlight(-1);
  };

  const search = (query: string) => {
    controller?.abort();
    if (query.trim().length < 2) {
      results = [];
      close();
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    api
      .search(query.trim(), { kinds: options.kinds, limit: LIMIT }, signal)
      .then((response) => {
        if (signal.aborted) return;
        results = response.results;
        render(query.trim());
      })
      .catch(() => {
        if (signal.aborted) return;
        results = [];
        replace(list, h("li", { class: "search__empty", role: "presentation" }, "Search is unavailable right now."));
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      });
  };

  /** Opens the chosen result's page, or hands it to `onChoose`. */
  const choose = (result: SearchResult) => {
    if (!options.onChoose) {
      window.location.assign(nodeHref(result.key));
      return;
    }
    options.onChoose(result);
    input.value = options.keepChoice ? result.label : "";
    results = [];
    close();
  };

  input.addEventListener("input", () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => search(input.value), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden || results.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + results.length) % results.length);
    } else if (event.key === "Enter") {
      const chosen = results[active >= 0 ? active : 0];
      if (chosen && !list.hidden) {
        event.preventDefault();
        choose(chosen);
      }
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("focus", () => {
    if (results.length > 0) render(input.value.trim());
  });
  // Close when focus leaves the widget (clicks on options are links, so they navigate first).
  root.addEventListener("focusout", (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) setTimeout(close, 120);
  });
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = (event.target as Element).closest<HTMLElement>("[role=option]");
    const chosen = results.find((result) => result.key === option?.dataset.key);
    if (chosen) {
      event.preventDefault();
      choose(chosen);
    }
  });
  return root;
}
