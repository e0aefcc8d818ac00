/**
 * Claims of author records and verification levels (docs/CLAIMS.md): POST /api/people/:id/claims, GET /api/me/claims,
 * GET /api/claims (moderators), POST /api/claims/:id/decision, DELETE /api/claims/:id.
 */
import { Type, type Static } from "typebox";
import { Nullable, RefSchema } from "./common.ts";

/**
 * Verification level of an author record: L0 a name only, L1 an imported persistent id (ORCID, OpenAlex author id),
 * L2 a claim with email evidence awaiting review, L3 the claimant's authenticated ORCID equals the record's, L4 a
 * moderator reviewed and approved the claim.
 */
export const VerificationSchema = Type.Union([
  Type.Literal("L0"),
  Type.Literal("L1"),
  Type.Literal("L2"),
  Type.Literal("L3"),
  Type.Literal("L4"),
]);
export type Verification = Static<typeof VerificationSchema>;

/** The level a claim's evidence (or its review) establishes. */
export const ClaimLevelSchema = Type.Union([Type.Literal("L2"), Type.Literal("L3"), Type.Literal("L4")]);
export type ClaimLevel = Static<typeof ClaimLevelSchema>;

export const ClaimMethodSchema = Type.Union([Type.Literal("email"), Type.Literal("orcid")]);
export type ClaimMethod = Static<typeof ClaimMethodSchema>;

/** One claim's life: pending → claimed (approved) | rejected; claimed → revoked; disputed (filed against a claimed record). */
export const ClaimStatusSchema = Type.Union([
  Type.Literal("pending"),
  Type.Literal("claimed"),
  Type.Literal("rejected"),
  Type.Literal("revoked"),
  Type.Literal("disputed"),
  Type.Literal("withdrawn"),
  Type.Literal("released"),
]);
export type ClaimStatus = Static<typeof ClaimStatusSchema>;

/** The author record's status, derived from its claims. */
export const RecordStatusSchema = Type.Union([
  Type.Literal("unclaimed"),
  Type.Literal("pending"),
  Type.Literal("claimed"),
  Type.Literal("disputed"),
]);
export type RecordStatus = Static<typeof RecordStatusSchema>;

export const ClaimSchema = Type.Object({
  id: Type.String(),
  person: RefSchema,
  method: ClaimMethodSchema,
  status: ClaimStatusSchema,
  level: Nullable(ClaimLevelSchema),
  note: Type.String(),
  evidence: Type.Array(Type.String()),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});
export type Claim = Static<typeof ClaimSchema>;

/** A claim as a moderator sees it: who made it, with what account facts, and the record's other open claims. */
export const QueuedClaimSchema = Type.Object({
  ...ClaimSchema.properties,
  claimant: Type.Object({ id: Type.String(), email: Nullable(Type.String()), orcid: Nullable(Type.String()) }),
  recordOrcid: Nullable(Type.String()),
  otherOpenClaims: Type.Integer({ minimum: 0 }),
});
export type QueuedClaim = Static<typeof QueuedClaimSchema>;

export const ClaimListSchema = Type.Object({ items: Type.Array(ClaimSchema) });
export type ClaimList = Static<typeof ClaimListSchema>;

export const ClaimQueueSchema = Type.Object({ items: Type.Array(QueuedClaimSchema) });
export type ClaimQueue = Static<typeof ClaimQueueSchema>;

/** The record's claim facts on a profile; `mine` is the signed-in viewer's open claim on it. */
export const RecordClaimSchema = Type.Object({
  status: RecordStatusSchema,
  mine: Nullable(Type.Object({ id: Type.String(), status: ClaimStatusSchema, level: Nullable(ClaimLevelSchema) })),
});
export type RecordClaim = Static<typeof RecordClaimSchema>;

/** POST /api/people/:id/claims: the claim as filed. */
export const ClaimFiledSchema = Type.Object({
  id: Type.String(),
  status: ClaimStatusSchema,
  level: Nullable(ClaimLevelSchema),
  evidence: Type.Array(Type.String()),
});
export type ClaimFiled = Static<typeof ClaimFiledSchema>;

/** A claim's status after a decision (POST /api/claims/:id/decision) or a withdrawal (DELETE /api/claims/:id). */
export const DecisionSchema = Type.Object({ id: Type.String(), status: ClaimStatusSchema });
export type DecisionResult = Static<typeof DecisionSchema>;
