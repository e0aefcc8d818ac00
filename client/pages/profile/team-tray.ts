/**
 * "Add to team" on a profile: puts the researcher in the team tray (client/team/tray.ts, this browser's localStorage;
 * no account needed) and links to the team lens of everyone in it. Another tab's changes show up through `storage`.
 */
import "../../styles/team-tray.css";
import { h, replace } from "../../ui/dom.ts";
import { MAX_TEAM, MIN_TEAM, teamPath } from "../../team/state.ts";
import { addToTray, clearTray, readTray, removeFromTray, type TrayEntry } from "../../team/tray.ts";

export function teamTrayCard(person: { key: string; name: string }): { element: HTMLElement; destroy(): void } {
  const body = h("div", { class: "team-tray__body" });
  const status = h("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const element = h(
    "section",
    { class: "card team-tray", "aria-labelledby": "team-tray-title", "data-team-tray": "" },
    h("h2", { id: "team-tray-title" }, "Team lens"),
    h("p", { class: "muted small" }, "Gather researchers into a team to see how they connect."),
    body,
    status,
  );

  const render = (tray: TrayEntry[]) => {
    const inTray = tray.some((entry) => entry.key === person.key);
    const full = tray.length >= MAX_TEAM;
    const toggle = h(
      "button",
      {
        class: inTray ? "button" : "button button--primary",
        type: "button",
        "data-action": "toggle-team",
        "aria-pressed": String(inTray),
        disabled: !inTray && full ? true : null,
        onclick: () => {
          const next = inTray ? removeFromTray(person.key) : addToTray({ key: person.key, name: person.name });
          status.textContent = inTray ? `${person.name} removed from the team` : `${person.name} added to the team`;
          render(next);
        },
      },
      inTray ? "Remove from team" : "Add to team",
    );
    const others = tray.filter((entry) => entry.key !== person.key).map((entry) => entry.name);
    replace(
      body,
      h("div", { class: "team-tray__actions" }, toggle),
      tray.length === 0
        ? null
        : h(
            "p",
            { class: "small", "data-tray-count": String(tray.length) },
            `In your team (${tray.length}): ${tray.map((entry) => entry.name).join(", ")}. `,
          ),
      tray.length >= MIN_TEAM
        ? h(
            "p",
            { class: "team-tray__links" },
            h("a", { href: teamPath(tray.map((entry) => entry.key)), "data-action": "open-team" }, "Open the team"),
            " · ",
            h(
              "button",
              { class: "link-button", type: "button", "data-action": "clear-tray", onclick: () => render(clearTray()) },
              "Clear",
            ),
          )
        : tray.length === 1 && others.length === 0
          ? h("p", { class: "muted small" }, "Add one more researcher from their profile to open the team.")
          : null,
    );
  };
  const onStorage = () => render(readTray());
  window.addEventListener("storage", onStorage);
  render(readTray());
  return { element, destroy: () => window.removeEventListener("storage", onStorage) };
}
