/**
 * The trust snapshot: a deterministic 0–100 score and a tier from the evidence the graph holds about a person.
 * Documented in docs/TRUST-SCORE.md; change both together.
 */

import type { TrustFactor, Verification } from "../../contract/schemas/people.ts";

export const VERIFICATION_LEVELS: readonly Verification[] = ["L0", "L1", "L2", "L3"];

export interface TrustEvidence {
  /** The stored level when a source set one (the seed profile), else null. */
  storedVerification: string | null;
  claimed: boolean;
  orcid: string | null;
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

const VERIFICATION_POINTS: Record<Verification, number> = { L0: 0, L1: 6, L2: 18, L3: 30 };
const CLAIMED_POINTS = 15;
/** Tiers by lower bound, highest first. */
const TIERS: ReadonlyArray<readonly [number, string]> = [
  [80, "Highly trusted"],
  [60, "Trusted"],
  [40, "Established"],
  [20, "Emerging"],
  [0, "New"],
];

/** The stored level if valid; otherwise derived: L3 claimed, L2 ORCID known, L1 has imported works, L0 nothing. */
export function verificationLevel(evidence: TrustEvidence): Verification {
  const stored = evidence.storedVerification;
  if (stored !== null && (VERIFICATION_LEVELS as readonly string[]).includes(stored)) return stored as Verification;
  if (evidence.claimed) return "L3";
  if (evidence.orcid) return "L2";
  if (evidence.works > 0) return "L1";
  return "L0";
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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const factors: TrustFactor[] = [
    {
      key: "verification",
      label: "Verification",
      points: VERIFICATION_POINTS[verification],
      max: 30,
      detail: `level ${verification}`,
    },
    {
      key: "claimed",
      label: "Claimed profile",
      points: evidence.claimed ? CLAIMED_POINTS : 0,
      max: CLAIMED_POINTS,
      detail: evidence.claimed ? "claimed by the researcher" : "unclaimed",
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
