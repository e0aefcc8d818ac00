/**
 * /team?people=person:a,person:b,…: the team lens. The URL is the state: adding or removing a member pushes a new
 * URL, back and forward redraw the team they lead to, and an edited URL is read the same way (client/team/state.ts).
 */
import "../styles/graph.css";
import "../styles/team.css";
import { ApiError } from "../api.ts";
import { teamApi, type Team } from "../team-api.ts";
import type { Route } from "../router.ts";
import { h, replace } from "../ui/dom.ts";
import { errorState, loadingState } from "../ui/states.ts";
import { pageFrame } from "../ui/site-header.ts";
import { addMember, MIN_TEAM, removeMember, teamFromSearch, teamPath } from "../team/state.ts";
import { readTray } from "../team/tray.ts";
import { teamGraphCard } from "./team/graph.ts";
import { bridgesCard, sharedTopicsCard } from "./team/lists.ts";
import { membersBar } from "./team/members-bar.ts";
import { memberTable } from "./team/table.ts";

/** What to do with fewer than two people: the three ways to gather a team, and the tray if it holds any. */
function gatherHint(keys: readonly string[]): HTMLElement {
  const tray = readTray().filter((entry) => !keys.includes(entry.key));
  const trayKeys = [...keys, ...tray.map((entry) => entry.key)];
  return h(
    "div",
    { class: "card team-hint", "data-state": "gather" },
    h("h2", {}, keys.length === 0 ? "Pick a team" : "Add one more person"),
    h(
      "p",
      {},
      `A team has ${MIN_TEAM} to 50 people. Add them with the search above, shift-click (or Shift+Enter) people in the `,
      h("a", { href: "/explore" }, "explorer"),
      " and choose “Open as team”, or use “Add to team” on researcher profiles.",
    ),
    tray.length > 0
      ? h(
          "p",
          {},
          `Your team tray holds ${tray.map((entry) => entry.name).join(", ")}. `,
          h("a", { href: teamPath(trayKeys.slice(0, 50)), "data-action": "open-tray" }, "Add them"),
        )
      : null,
  );
}

export function mount(root: HTMLElement, route: Route): () => void {
  if (route.page !== "team") throw new Error("team: mounted on a non-team route");
  const main = pageFrame(root, "team-page");
  const names = new Map<string, string>();
  let cleanups: Array<() => void> = [];
  let controller: AbortController | null = null;
  const bar = h("div", { class: "team-bar-slot" });
  const body = h("div", { class: "team-body" });
  main.replaceChildren(
    h(
      "section",
      { class: "card team-head", "aria-labelledby": "team-title" },
      h("p", { class: "eyebrow" }, "Team lens"),
      h("h1", { id: "team-title" }, "Team"),
      h(
        "p",
        { class: "muted" },
        "How a group of researchers connects: who has written with whom, who bridges them, which topics they share.",
      ),
      bar,
    ),
    body,
  );

  const go = (keys: readonly string[]) => {
    history.pushState(null, "", teamPath(keys));
    void show();
  };

  const drawBar = (keys: string[], missing: readonly string[]) =>
    replace(
      bar,
      membersBar({
        keys,
        names,
        missing,
        add: (key, name) => {
          names.set(key, name);
          go(addMember(keys, key));
        },
        remove: (key) => go(removeMember(keys, key)),
        clear: () => go([]),
      }),
    );

  const render = (team: Team, keys: string[]) => {
    for (const member of team.members) names.set(member.key, member.name);
    drawBar(keys, team.missing);
    const graph = teamGraphCard(team);
    cleanups.push(graph.destroy);
    body.dataset.state = "ready";
    replace(
      body,
      team.missing.length > 0
        ? h("p", { class: "card team-missing", role: "status" }, `Not found: ${team.missing.join(", ")}.`)
        : null,
      graph.element,
      h("div", { class: "team-columns" }, bridgesCard(team), sharedTopicsCard(team)),
      memberTable(team, (key) => go(removeMember(keys, key))),
    );
  };

  const show = async () => {
    controller?.abort();
    cleanups.forEach((cleanup) => cleanup());
    cleanups = [];
    const keys = teamFromSearch(window.location.search);
    document.title = `Team of ${keys.length} · Research Graph Explorer`;
    drawBar(keys, []);
    if (keys.length < MIN_TEAM) {
      body.dataset.state = "gather";
      replace(body, gatherHint(keys));
      return;
    }
    body.dataset.state = "loading";
    replace(body, loadingState(`Connecting ${keys.length} people…`));
    const current = (controller = new AbortController());
    try {
      const team = await teamApi.team(keys, current.signal);
      if (!current.signal.aborted) render(team, keys);
    } catch (error) {
      if (current.signal.aborted) return;
      body.dataset.state = "error";
      const notFound = error instanceof ApiError && error.code === "RGE_NOT_FOUND";
      replace(
        body,
        notFound
          ? h("div", { class: "card", role: "alert" }, h("p", {}, error.message))
          : errorState(error, () => void show()),
      );
    }
  };

  const onPop = () => void show();
  window.addEventListener("popstate", onPop);
  void show();
  return () => {
    window.removeEventListener("popstate", onPop);
    controller?.abort();
    cleanups.forEach((cleanup) => cleanup());
  };
}
