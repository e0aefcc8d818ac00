/** Shapes cypher/claims/mine.cypher and queue.cypher rows into the contract's Claim and QueuedClaim. */
import { nodeKey } from "../../contract/keys.ts";
import type { Claim, ClaimMethod, QueuedClaim } from "../../contract/schemas/claims.ts";
import { claimStateOf } from "./claims.ts";

type Row = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** One claim with the person it claims. */
export function presentClaim(row: Row): Claim {
  const claim = (row.claim ?? {}) as Row;
  const person = (row.person ?? {}) as Row;
  const personId = String(person.id);
  return {
    id: String(claim.id),
    person: { id: personId, key: nodeKey("person", personId), name: str(person.name) ?? personId },
    method: (claim.method === "orcid" ? "orcid" : "email") as ClaimMethod,
    ...claimStateOf(claim),
    note: str(claim.note) ?? "",
    evidence: Array.isArray(claim.evidence) ? claim.evidence.map(String) : [],
    createdAt: String(claim.createdAt),
    decidedAt: str(claim.decidedAt),
    reason: str(claim.reason),
  };
}

/** A queued claim: the claim, its claimant's account facts, the record's ORCID and its other open claims. */
export function presentQueuedClaim(row: Row): QueuedClaim {
  const claimant = (row.claimant ?? {}) as Row;
  return {
    ...presentClaim(row),
    claimant: { id: String(claimant.id), email: str(claimant.email), orcid: str(claimant.orcid) },
    recordOrcid: str(row.recordOrcid),
    otherOpenClaims: Number(row.otherOpenClaims ?? 0),
  };
}
