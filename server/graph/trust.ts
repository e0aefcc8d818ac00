/**
 * The trust snapshot: a deterministic 0–100 score and a tier from the evidence the graph holds about a person.
 * Documented in docs/TRUST-SCORE.md; change both together.
 */

import type { Verification } from "../../contract/schemas/claims.ts";
import type { TrustFactor } from "../../contract/schemas/people.ts";
import { claimsLevel, maxLevel, recordStatus, type ClaimState } from "./claims.ts";

export const VERIFICATION_LEVELS: readonly Verification[] = ["L0", "L1", "L2", "L3", "L4"];

export interface TrustEvidence {
  /** The stored level when a source set one (the seed profile), else null. */
  storedVerification: string | null;
  /** The record's id (`openalex:A…` ids are persistent author ids). */
  personId: string;
  orcid: string | null;
  /** The record's open claims (pending, approved, disputed). */
  claims: readonly ClaimState[];
  works: number;
  coauthors: number;
  topics: number;
}

export interface TrustSnapshot {
  score: number;
  tier: string;
  verification: Verification;
  factors: TrustFactor[];
}

const VERIFICATION_POINTS: Record<Verification, number> = { L0: 0, L1: 6, L2: 12, L3: 24, L4: 30 };
const CLAIMED_POINTS = 15;
/** Tiers by lower bound, highest first. */
const TIERS: ReadonlyArray<readonly [number, string]> = [
  [80, "Highly trusted"],
  [60, "Trusted"],
  [40, "Established"],
  [20, "Emerging"],
  [0, "New"],
];

/**
 * The record's own level: L1 when it carries a persistent id (an ORCID, an OpenAlex author id) or a source states L1
 * or more (the seed profile: a source vouches for the record's identity, never for a claim made here, so a stated
 * level counts as L1 at most); L0 for a name string alone (Paperscape's arXiv listing names).
 */
export function recordLevel(evidence: Pick<TrustEvidence, "storedVerification" | "personId" | "orcid">): Verification {
  const stored = evidence.storedVerification;
  const statedBySource =
    stored !== null && stored !== "L0" && (VERIFICATION_LEVELS as readonly string[]).includes(stored);
  return statedBySource || evidence.orcid || evidence.personId.startsWith("openalex:A") ? "L1" : "L0";
}

/** The record's level raised by its claims (docs/CLAIMS.md): the higher of recordLevel and claimsLevel. */
export function verificationLevel(evidence: TrustEvidence): Verification {
  return maxLevel(recordLevel(evidence), claimsLevel(evidence.claims));
}

/** floor(log2(1 + n)): 1 → 1, 3 → 2, 7 → 3, 15 → 4, 31 → 5, 63 → 6, 127 → 7 … ("doublings"). */
export function doublings(n: number): number {
  return n <= 0 ? 0 : Math.floor(Math.log2(1 + n) + 1e-9);
}

export function tierOf(score: number): string {
  return TIERS.find(([floor]) => score >= floor)?.[1] ?? "New";
}

export function trustSnapshot(evidence: TrustEvidence): TrustSnapshot {
  const verification = verificationLevel(evidence);
  const claimed = recordStatus(evidence.claims) === "claimed";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const factors: TrustFactor[] = [
    {
      key: "verification",
      label: "Verification",
      points: VERIFICATION_POINTS[verification],
      max: VERIFICATION_POINTS.L4,
      detail: `level ${verification}`,
    },
    {
      key: "claimed",
      label: "Claimed profile",
      points: claimed ? CLAIMED_POINTS : 0,
      max: CLAIMED_POINTS,
      detail: claimed ? "claimed by the researcher" : "not claimed (or disputed)",
    },
    {
      key: "works",
      label: "Works",
      points: Math.min(20, 2 * doublings(evidence.works)),
      max: 20,
      detail: plural(evidence.works, "work"),
    },
    {
      key: "coauthors",
      label: "Distinct co-authors",
      points: Math.min(15, doublings(evidence.coauthors)),
      max: 15,
      detail: plural(evidence.coauthors, "co-author"),
    },
    {
      key: "topics",
      label: "Topic breadth",
      points: Math.min(20, 2 * doublings(evidence.topics)),
      max: 20,
      detail: plural(evidence.topics, "topic"),
    },
  ];
  const score = Math.max(
    0,
    Math.min(
      100,
      factors.reduce((sum, factor) => sum + factor.points, 0),
    ),
  );
  return { score, tier: tierOf(score), verification, factors };
}
