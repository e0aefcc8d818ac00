/**
 * Claims, pure: what a claim's evidence proves (docs/CLAIMS.md), and what the claims on an author record make of its
 * status and verification level. No database, no request: the routes and repositories feed these with rows.
 */
import type {
  ClaimLevel,
  ClaimMethod,
  ClaimStatus,
  RecordStatus,
  Verification,
} from "../../contract/schemas/claims.ts";

/** Claim statuses that still speak for the record (the others are history). */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ["pending", "claimed", "disputed"];

/** What the record's works and affiliations say about an email address (cypher/claims/evidence.cypher). */
export interface EmailEvidence {
  /** Works of the record whose title or abstract holds the address itself. */
  addressInWorks: string[];
  /** Works of the record whose text holds an address at the same domain (`@domain`). */
  domainInWorks: string[];
  /** Affiliated institutions whose recorded web domains include the address's domain. */
  institutions: string[];
}

export interface ClaimInput {
  method: ClaimMethod;
  /** The claimant's verified email (null when they signed in with ORCID only). */
  email: string | null;
  /** The claimant's authenticated ORCID iD (null when they signed in by email). */
  userOrcid: string | null;
  /** The record's imported ORCID, if any. */
  recordOrcid: string | null;
  emailEvidence: EmailEvidence;
}

export interface ClaimAssessment {
  /** L3 (ORCID match), L2 (email evidence) or null (nothing matched: a moderator decides from the note). */
  level: ClaimLevel | null;
  /** Only an authenticated ORCID equal to the record's approves a claim without a moderator. */
  approveAtOnce: boolean;
  /** Human-readable findings, stored on the claim for the moderator. */
  evidence: string[];
}

/** The bare iD (`0000-0002-1825-0097`) of an ORCID given bare or as a URL; null if it is none. */
export function normalizeOrcid(value: string | null | undefined): string | null {
  const match = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/i.exec(value ?? "");
  return match ? match[1]!.toUpperCase() : null;
}

/** The lower-cased domain of an email address; null if it has none. */
export function emailDomain(email: string | null | undefined): string | null {
  const at = (email ?? "").lastIndexOf("@");
  const domain =
    at < 0
      ? ""
      : email!
          .slice(at + 1)
          .trim()
          .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}

/**
 * Decides what a claim's evidence proves. The method names what the claimant offers; evidence of the other kind is
 * not looked at (an ORCID claim by someone whose ORCID does not match is not rescued by their email, and the other
 * way round), so the level always says which proof was checked.
 */
export function assessClaim(input: ClaimInput): ClaimAssessment {
  if (input.method === "orcid") {
    const mine = normalizeOrcid(input.userOrcid);
    const record = normalizeOrcid(input.recordOrcid);
    if (!mine) return { level: null, approveAtOnce: false, evidence: ["no authenticated ORCID iD on the account"] };
    if (!record) return { level: null, approveAtOnce: false, evidence: [`ORCID ${mine}; the record has no ORCID`] };
    if (mine !== record)
      return { level: null, approveAtOnce: false, evidence: [`ORCID ${mine} differs from the record's ${record}`] };
    return { level: "L3", approveAtOnce: true, evidence: [`authenticated ORCID ${mine} equals the record's`] };
  }
  const domain = emailDomain(input.email);
  if (!domain) return { level: null, approveAtOnce: false, evidence: ["no verified email on the account"] };
  const { addressInWorks, domainInWorks, institutions } = input.emailEvidence;
  const evidence = [
    ...addressInWorks.map((work) => `the address appears in work ${work}`),
    ...institutions.map((institution) => `@${domain} is a web domain of affiliation ${institution}`),
    ...domainInWorks
      .filter((work) => !addressInWorks.includes(work))
      .map((work) => `an @${domain} address appears in work ${work}`),
  ];
  if (evidence.length === 0)
    return { level: null, approveAtOnce: false, evidence: [`nothing in the record matches @${domain}`] };
  return { level: "L2", approveAtOnce: false, evidence };
}

export interface ClaimState {
  status: ClaimStatus;
  level: ClaimLevel | null;
}

const RANK: Record<Verification, number> = { L0: 0, L1: 1, L2: 2, L3: 3, L4: 4 };

/** The higher of two levels. */
export function maxLevel(a: Verification, b: Verification): Verification {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The record's claim status: `claimed` with an approved claim, `disputed` when another claim contests it, `pending`
 * while claims wait for a moderator, else `unclaimed`.
 */
export function recordStatus(claims: readonly ClaimState[]): RecordStatus {
  const approved = claims.some((claim) => claim.status === "claimed");
  const disputed = claims.some((claim) => claim.status === "disputed");
  if (approved) return disputed ? "disputed" : "claimed";
  if (disputed || claims.some((claim) => claim.status === "pending")) return "pending";
  return "unclaimed";
}

/**
 * The level the claims give the record: an approved claim's own level (L3 ORCID, L4 moderator-reviewed); else L2
 * while a claim with email evidence waits for review (the evidence is checked; only the decision is missing).
 * Claims without evidence, rejected, revoked or released ones give nothing.
 */
export function claimsLevel(claims: readonly ClaimState[]): Verification {
  let level: Verification = "L0";
  for (const claim of claims) {
    if (!claim.level) continue;
    if (claim.status === "claimed") level = maxLevel(level, claim.level);
    else if (claim.level === "L2" && (claim.status === "pending" || claim.status === "disputed"))
      level = maxLevel(level, "L2");
  }
  return level;
}

const CLAIM_STATUSES = new Set<string>([
  "pending",
  "claimed",
  "rejected",
  "revoked",
  "disputed",
  "withdrawn",
  "released",
]);
const CLAIM_LEVELS = new Set<string>(["L2", "L3", "L4"]);

/** A stored claim's `{status, level}` as typed values (an unknown status reads as withdrawn: it speaks for nothing). */
export function claimStateOf(row: Record<string, unknown>): ClaimState {
  const status = typeof row.status === "string" && CLAIM_STATUSES.has(row.status) ? row.status : "withdrawn";
  const level = typeof row.level === "string" && CLAIM_LEVELS.has(row.level) ? row.level : null;
  return { status: status as ClaimStatus, level: level as ClaimLevel | null };
}
