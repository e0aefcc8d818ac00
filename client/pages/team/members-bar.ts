/**
 * The team's members as removable chips and a people search that adds one (the search box in picker mode). Names come
 * from the last answer; a key the page has not loaded yet shows its id.
 */
import { parseNodeKey } from "../../graph/types.ts";
import { h } from "../../ui/dom.ts";
import { searchBox } from "../../ui/search-box.ts";
import { MAX_TEAM } from "../../team/state.ts";

export interface MembersBarOptions {
  keys: readonly string[];
  names: ReadonlyMap<string, string>;
  missing: readonly string[];
  add(key: string, name: string): void;
  remove(key: string): void;
  clear(): void;
}

const idOf = (key: string) => parseNodeKey(key)?.id ?? key;

export function membersBar(options: MembersBarOptions): HTMLElement {
  const chips = options.keys.map((key) => {
    const name = options.names.get(key) ?? idOf(key);
    const missing = options.missing.includes(key);
    return h(
      "li",
      { class: `chip team-chip${missing ? " team-chip--missing" : ""}`, "data-member-chip": key },
      h("span", {}, missing ? `${name} (not found)` : name),
      h(
        "button",
        {
          class: "team-chip__remove",
          type: "button",
          "aria-label": `Remove ${name} from the team`,
          onclick: () => options.remove(key),
        },
        "×",
      ),
    );
  });
  const full = options.keys.length >= MAX_TEAM;
  return h(
    "div",
    { class: "team-bar" },
    h("ul", { class: "chips plain-list team-chips", "aria-label": "Team members" }, chips),
    full
      ? h("p", { class: "muted small" }, `A team has at most ${MAX_TEAM} people.`)
      : searchBox({
          placeholder: "Add a researcher to the team…",
          label: "Add a researcher to the team",
          kinds: ["person"],
          onChoose: (result) => options.add(result.key, result.label),
        }),
    options.keys.length > 0
      ? h(
          "button",
          { class: "button", type: "button", "data-action": "clear-team", onclick: options.clear },
          "Clear team",
        )
      : null,
  );
}
