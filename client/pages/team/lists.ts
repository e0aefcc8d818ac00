/** The team page's lists: the bridges (ranked as the API ranks them) and the topics at least two members share. */
import type { Team, TeamBridge, TeamSharedTopic } from "../../team-api.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber, plural } from "../../ui/format.ts";
import { explorerPath, nodeHref } from "../../ui/links.ts";

const names = (people: { name: string }[]) => people.map((person) => person.name).join(", ");

function bridgeItem(bridge: TeamBridge, memberCount: number): HTMLElement {
  return h(
    "li",
    { class: "team-list__item", "data-bridge": bridge.key },
    h("a", { href: nodeHref(bridge.key), class: "team-list__name" }, bridge.name),
    h(
      "span",
      { class: "team-list__meta" },
      `connects ${bridge.connects} of ${memberCount} members · ${plural(bridge.sharedWorks, "shared work")}`,
    ),
    h("span", { class: "team-list__detail muted small" }, `with ${names(bridge.members)}`),
  );
}

export function bridgesCard(team: Team): HTMLElement {
  const shown = team.bridges.length;
  return h(
    "section",
    { class: "card team-bridges", "aria-labelledby": "team-bridges-title" },
    h("h2", { id: "team-bridges-title" }, "Bridges"),
    h(
      "p",
      { class: "muted small" },
      "People outside the team who have written with at least two members, ranked by how many members they " +
        "connect, then by the works they share with them.",
    ),
    shown === 0
      ? h("p", { class: "team-empty" }, "No one outside the team has written with two or more members.")
      : h(
          "ol",
          { class: "team-list plain-list" },
          team.bridges.map((bridge) => bridgeItem(bridge, team.members.length)),
        ),
    team.bridgesTotal > shown
      ? h("p", { class: "muted small" }, `Top ${shown} of ${formatNumber(team.bridgesTotal)} bridges.`)
      : null,
  );
}

function topicItem(topic: TeamSharedTopic): HTMLElement {
  return h(
    "li",
    { class: "team-list__item", "data-topic": topic.key },
    h("a", { href: explorerPath(topic.key), class: "team-list__name" }, topic.name),
    h("span", { class: "team-list__meta" }, `${topic.members.length} members · ${plural(topic.works, "work")}`),
    h(
      "span",
      { class: "team-list__detail muted small" },
      topic.members.map((member) => `${member.name} (${member.works})`).join(", "),
    ),
  );
}

export function sharedTopicsCard(team: Team): HTMLElement {
  const shown = team.sharedTopics.length;
  return h(
    "section",
    { class: "card team-topics", "aria-labelledby": "team-topics-title" },
    h("h2", { id: "team-topics-title" }, "Shared topics"),
    h(
      "p",
      { class: "muted small" },
      "Topics two or more members work on, with each member's works in them. Each member's own topics are in the table.",
    ),
    shown === 0
      ? h("p", { class: "team-empty" }, "No topic is worked on by two members.")
      : h("ul", { class: "team-list plain-list" }, team.sharedTopics.map(topicItem)),
    team.sharedTopicsTotal > shown
      ? h("p", { class: "muted small" }, `Top ${shown} of ${formatNumber(team.sharedTopicsTotal)} shared topics.`)
      : null,
  );
}
