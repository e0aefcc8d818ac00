/**
 * "How are you connected?" on a profile: pick a person or paper, a constraint and how many paths; the paths are
 * listed as steps and drawn in the profile's graph (merged into its data graph, highlighted by the page layer).
 * Works signed out; a signed-in viewer with a claimed record starts with that record picked.
 */
import "../../styles/paths.css";
import type { Person, SearchResult } from "../../api.ts";
import type { Me } from "../../session.ts";
import { nodeKey } from "../../graph/types.ts";
import { h, uid } from "../../ui/dom.ts";
import type { GraphPanel } from "../../ui/graph-panel.ts";
import { findPaths, pathOptions } from "../../ui/path-finder.ts";
import { searchBox } from "../../ui/search-box.ts";

export function pathCard(
  person: Person,
  viewer: Me | null,
  graph: GraphPanel,
): { element: HTMLElement; abort(): void } {
  const titleId = uid("path-title");
  const own = viewer?.claimedProfile;
  let other: Pick<SearchResult, "key" | "label"> | null =
    own && own.personId !== person.id ? { key: nodeKey("person", own.personId), label: own.name } : null;
  const output = h("div", { class: "path-output", role: "status", "aria-live": "polite", "data-path-output": "" });
  const hint = h(
    "p",
    { class: "path-hint small muted", hidden: true },
    "Pick a person or a paper from the list first.",
  );
  const picker = searchBox({
    label: `Person or paper to connect with ${person.name}`,
    placeholder: "A person or a paper…",
    kinds: ["person", "paper"],
    keepChoice: true,
    onChoose: (result) => {
      other = result;
      hint.hidden = true;
    },
  });
  const input = picker.querySelector("input")!;
  if (other) input.value = other.label;
  input.addEventListener("input", () => (other = null));
  const options = pathOptions();
  let controller: AbortController | null = null;
  const form = h(
    "form",
    {
      class: "path-form",
      "aria-labelledby": titleId,
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!other) {
          hint.hidden = false;
          input.focus();
          return;
        }
        controller?.abort();
        controller = new AbortController();
        const params = { from: person.key, to: other.key, via: options.via(), k: options.k() };
        void findPaths(
          output,
          params,
          (choice) => void graph.showPath(choice.result.graph, choice.nodes, choice.edges),
          controller.signal,
        );
      },
    },
    h(
      "div",
      { class: "field path-form__picker" },
      h("span", { class: "field__label", "aria-hidden": "true" }, "Connect with"),
      picker,
    ),
    options.element,
    h("button", { class: "button button--primary", type: "submit", "data-action": "find-paths" }, "Find paths"),
    hint,
  );
  const element = h(
    "section",
    { class: "card path-card", "aria-labelledby": titleId, "data-path-card": "" },
    h("p", { class: "eyebrow" }, "Paths"),
    h("h2", { id: titleId }, "How are you connected?"),
    h(
      "p",
      { class: "muted small" },
      `The shortest chains of co-authors, papers, topics or institutions between ${person.name} and anyone else, however long.`,
    ),
    form,
    output,
  );
  return { element, abort: () => controller?.abort() };
}
