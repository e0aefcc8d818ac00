/**
 * The trust snapshot: score and tier, verification, and the counts behind them. Every number explains itself on
 * hover and on keyboard focus, with the points the API's trust.factors attribute to it (docs/TRUST-SCORE.md).
 */
import type { Person, TrustFactor } from "../../api.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber } from "../../ui/format.ts";
import { withTooltip } from "../../ui/tooltip.ts";

/** docs/CLAIMS.md, in a sentence each. */
const VERIFICATION_MEANING: Record<string, string> = {
  L0: "only a name identifies this author record",
  L1: "the imported record carries a persistent id (ORCID or an author id)",
  L2: "a claimant's verified email matches the record; a moderator has yet to review it",
  L3: "the claimant signed in with the ORCID iD this record carries",
  L4: "a moderator reviewed and approved the claim",
};

function factorText(factor: TrustFactor | undefined): string {
  return factor ? ` Trust: ${factor.points} of ${factor.max} points (${factor.detail}).` : "";
}

function stat(value: string, label: string, explanation: string, key: string): HTMLElement {
  return withTooltip(
    h(
      "div",
      { class: "stat", "data-stat": key, role: "group", "aria-label": `${value} ${label}` },
      h("span", { class: "stat__value" }, value),
      h("span", { class: "stat__label" }, label),
    ),
    explanation,
  );
}

export function trustSnapshot(person: Person): HTMLElement {
  const factor = (key: string) => person.trust.factors.find((f) => f.key === key);
  const first = person.name.split(" ")[0] ?? person.name;
  const breakdown = person.trust.factors.map((f) => `${f.label}: ${f.points}/${f.max} (${f.detail})`).join(" · ");
  const verification = person.trust.verification ?? person.verification ?? "L0";
  const score = withTooltip(
    h(
      "div",
      {
        class: "trust__score",
        "data-stat": "trust",
        role: "group",
        "aria-label": `Trust ${person.trust.score}, ${person.trust.tier}`,
      },
      h("span", { class: "trust__number" }, String(person.trust.score)),
      h("span", { class: "trust__of" }, "/100"),
      h(
        "span",
        { class: `chip trust__tier tier-${person.trust.tier.toLowerCase().replace(/\s+/g, "-")}` },
        person.trust.tier,
      ),
    ),
    `Trust score from the evidence in the graph. ${breakdown}.`,
    "start",
  );
  const verificationChip = withTooltip(
    h("span", { class: "chip", "data-stat": "verification" }, `Verification ${verification}`),
    `Level ${verification}: ${VERIFICATION_MEANING[verification] ?? "unknown level"}.${factorText(factor("verification"))}`,
  );
  const collaborators = person.counts.closeCollaborators;
  return h(
    "section",
    { class: "card trust", "aria-labelledby": "trust-title" },
    h(
      "div",
      { class: "card__head" },
      h("div", {}, h("p", { class: "eyebrow" }, "Trust snapshot"), h("h2", { id: "trust-title" }, "Quick read")),
    ),
    h("div", { class: "trust__top" }, score, verificationChip),
    h(
      "div",
      { class: "stats" },
      stat(
        formatNumber(person.counts.works),
        person.counts.works === 1 ? "work" : "works",
        `Works with ${first} as an author in the imported data.${factorText(factor("works"))}`,
        "works",
      ),
      stat(
        formatNumber(person.counts.followers ?? person.followers ?? 0),
        "followers",
        `People following this profile here. Anyone signed in can follow.`,
        "followers",
      ),
      stat(
        formatNumber(person.counts.topics),
        person.counts.topics === 1 ? "topic" : "topics",
        `Distinct research topics of ${first}'s works.${factorText(factor("topics"))}`,
        "topics",
      ),
      stat(
        formatNumber(collaborators),
        collaborators === 1 ? "close collaborator" : "close collaborators",
        `Co-authors with ${person.closeCollaboratorMinWorks} or more shared works, out of ${formatNumber(person.counts.coauthors)} co-authors.${factorText(factor("coauthors"))}`,
        "close-collaborators",
      ),
    ),
  );
}
