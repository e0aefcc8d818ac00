/** The profile header: who this is, where they work, how we know (ORCID, claimed or not). */
import type { Person } from "../../api.ts";
import { h } from "../../ui/dom.ts";
import { orcidUrl, yearRange } from "../../ui/format.ts";
import { withTooltip } from "../../ui/tooltip.ts";

const CLAIM_CHIP: Record<Person["claim"]["status"], string> = {
  unclaimed: "Unclaimed author",
  pending: "Claim under review",
  claimed: "Claimed profile",
  disputed: "Claimed · disputed",
};

const CLAIM_EXPLANATION: Record<Person["claim"]["status"], string> = {
  unclaimed: "Built from public records. Nobody has claimed this author record yet.",
  pending: "Someone has claimed this author record; a moderator has yet to review the claim.",
  claimed: "The researcher has claimed this author record (see the verification level).",
  disputed: "Claimed, and another claim disputes it: moderators are reviewing both.",
};

export function profileHeader(person: Person): HTMLElement {
  const affiliation = person.affiliations[0];
  const years = yearRange(person.activeYears.first, person.activeYears.last);
  const initials = person.name
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .slice(0, 2)
    .join("");
  const status = person.claim.status;
  const claimed = withTooltip(
    h(
      "span",
      {
        class: person.claimed ? "chip chip--success" : "chip",
        "data-claimed": String(person.claimed),
        "data-claim-status": status,
      },
      CLAIM_CHIP[status],
    ),
    CLAIM_EXPLANATION[status],
  );
  return h(
    "section",
    { class: "card profile-header", "aria-labelledby": "profile-name" },
    h("div", { class: "avatar kind-person", "aria-hidden": "true" }, initials || "?"),
    h(
      "div",
      { class: "profile-header__body" },
      h("p", { class: "eyebrow" }, "Researcher profile"),
      h("h1", { id: "profile-name" }, person.name),
      person.headline ? h("p", { class: "profile-header__headline muted" }, person.headline) : null,
      h(
        "div",
        { class: "chips profile-header__facts" },
        h("span", { class: "chip" }, "Researcher"),
        affiliation
          ? h(
              "span",
              { class: "chip", "data-affiliation": affiliation.id },
              affiliation.name,
              affiliation.country ? ` · ${affiliation.country}` : "",
            )
          : h("span", { class: "chip", "data-affiliation": "" }, "Affiliation not imported"),
        person.orcid
          ? h(
              "a",
              { class: "chip", href: orcidUrl(person.orcid), rel: "noopener", target: "_blank" },
              `ORCID ${person.orcid.replace(/^https?:\/\/orcid.org\//, "")}`,
            )
          : null,
        claimed,
        years ? h("span", { class: "chip" }, `Active ${years}`) : null,
      ),
      person.affiliations.length > 1
        ? h(
            "p",
            { class: "small faint profile-header__more" },
            `Also: ${person.affiliations
              .slice(1, 4)
              .map((a) => a.name)
              .join(", ")}`,
          )
        : null,
    ),
  );
}
