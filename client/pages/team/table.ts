/** The member table: one row per member (works, years, co-authors, topics, internal collaborators) and a remove button. */
import type { Team, TeamMember } from "../../team-api.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber, yearRange } from "../../ui/format.ts";
import { nodeHref } from "../../ui/links.ts";

const topicsText = (topics: TeamMember["topTopics"]) =>
  topics.length === 0 ? "—" : topics.map((topic) => `${topic.name} (${topic.works})`).join(", ");

function row(member: TeamMember, remove: (key: string) => void): HTMLElement {
  const more = member.distinctTotal - member.distinctTopics.length;
  return h(
    "tr",
    { "data-member": member.key },
    h("th", { scope: "row" }, h("a", { href: nodeHref(member.key) }, member.name)),
    h("td", { class: "num" }, formatNumber(member.works)),
    h("td", {}, yearRange(member.firstYear, member.lastYear) ?? "—"),
    h("td", { class: "num" }, formatNumber(member.coauthors)),
    h("td", {}, topicsText(member.topTopics)),
    h("td", {}, topicsText(member.distinctTopics) + (more > 0 ? ` and ${more} more` : "")),
    h(
      "td",
      { "data-internal": String(member.internal.length) },
      member.internal.length === 0 ? "none" : member.internal.map((link) => `${link.name} (${link.works})`).join(", "),
    ),
    h(
      "td",
      {},
      h(
        "button",
        {
          class: "button",
          type: "button",
          "aria-label": `Remove ${member.name} from the team`,
          "data-action": "remove-member",
          onclick: () => remove(member.key),
        },
        "Remove",
      ),
    ),
  );
}

export function memberTable(team: Team, remove: (key: string) => void): HTMLElement {
  const headers = ["Member", "Works", "Years active", "Co-authors", "Top topics", "Own topics", "Wrote with", ""];
  return h(
    "section",
    { class: "card team-members", "aria-labelledby": "team-members-title" },
    h("h2", { id: "team-members-title" }, "Members"),
    h(
      "p",
      { class: "muted small" },
      "Own topics: topics no other member works on. Wrote with: other members and their shared works.",
    ),
    h(
      "div",
      { class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Member table (scrolls sideways)" },
      h(
        "table",
        { class: "team-table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            headers.map((text) =>
              h("th", { scope: "col" }, text || h("span", { class: "visually-hidden" }, "Actions")),
            ),
          ),
        ),
        h(
          "tbody",
          {},
          team.members.map((member) => row(member, remove)),
        ),
      ),
    ),
  );
}
