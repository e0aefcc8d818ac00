/**
 * Claims (user data): filing one with its evidence checked, the claimant's list, the moderators' queue, decisions and
 * withdrawal. The rules live in server/graph/claims.ts (pure) and the statements in cypher/claims/; docs/CLAIMS.md.
 */
import { randomUUID } from "node:crypto";
import type { Claim, ClaimMethod, ClaimStatus, QueuedClaim } from "../../contract/schemas/claims.ts";
import { assessClaim, emailDomain, type ClaimAssessment } from "../graph/claims.ts";
import { presentClaim, presentQueuedClaim } from "../graph/claim-presenters.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** Works listed per finding in a claim's evidence. */
const EVIDENCE_WORKS = 5;
/** Claims shown in the moderators' queue at once (oldest first). */
const QUEUE_LIMIT = 200;

export interface Claimant {
  id: string;
  email: string | null;
  orcid: string | null;
}

export type FileResult =
  | { outcome: "filed"; id: string; status: ClaimStatus; assessment: ClaimAssessment }
  | { outcome: "disputed"; id: string; assessment: ClaimAssessment }
  | { outcome: "duplicate" }
  | { outcome: "no-person" };

export type Decision = "approve" | "reject" | "revoke";

export type DecideResult =
  | { outcome: "decided"; status: ClaimStatus }
  | { outcome: "not-allowed"; status: ClaimStatus }
  | { outcome: "held-elsewhere" }
  | { outcome: "no-claim" };

/** Neo4j's code when a write breaks a constraint (here: a second approved claim of one record). */
const CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

export function createClaimsRepository(reader: GraphReader) {
  return {
    /** Checks the claimant's evidence against the record, then files the claim (approved, pending or disputed). */
    async file(claimant: Claimant, personId: string, method: ClaimMethod, note: string): Promise<FileResult> {
      const email = claimant.email?.toLowerCase() ?? null;
      const domain = emailDomain(email);
      const [record] = await reader.read("claims/evidence", {
        personId,
        email: method === "email" ? email : null,
        atDomain: method === "email" && domain ? `@${domain}` : null,
        domain: method === "email" ? domain : null,
        limit: cypherInt(EVIDENCE_WORKS),
      });
      if (!record) return { outcome: "no-person" };
      const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      const assessment = assessClaim({
        method,
        email,
        userOrcid: claimant.orcid,
        recordOrcid: typeof record.recordOrcid === "string" ? record.recordOrcid : null,
        emailEvidence: {
          addressInWorks: list(record.addressInWorks),
          domainInWorks: list(record.domainInWorks),
          institutions: list(record.institutions),
        },
      });
      const id = randomUUID();
      let row;
      try {
        [row] = await reader.write("claims/create", {
          userId: claimant.id,
          personId,
          claimId: id,
          method,
          note,
          level: assessment.level,
          evidence: assessment.evidence,
          email: claimant.email,
          orcid: claimant.orcid,
          approveAtOnce: assessment.approveAtOnce,
        });
      } catch (error) {
        // Another claim was approved between our check and our write: this one is a dispute after all.
        if ((error as { code?: string }).code !== CONSTRAINT_FAILED) throw error;
        return this.file(claimant, personId, method, note);
      }
      if (!row) return { outcome: "no-person" };
      if (row.duplicate === true) return { outcome: "duplicate" };
      if (row.status === "disputed") return { outcome: "disputed", id, assessment };
      return { outcome: "filed", id, status: row.status as ClaimStatus, assessment };
    },

    async mine(userId: string): Promise<Claim[]> {
      return (await reader.read("claims/mine", { userId })).map(presentClaim);
    },

    async queue(statuses: readonly ClaimStatus[]): Promise<QueuedClaim[]> {
      const rows = await reader.read("claims/queue", { statuses, limit: cypherInt(QUEUE_LIMIT) });
      return rows.map(presentQueuedClaim);
    },

    async decide(
      claimId: string,
      decision: Decision,
      reason: string | null,
      moderatorId: string,
    ): Promise<DecideResult> {
      let row;
      try {
        [row] = await reader.write("claims/decide", { claimId, decision, reason, moderatorId });
      } catch (error) {
        if ((error as { code?: string }).code === CONSTRAINT_FAILED) return { outcome: "held-elsewhere" };
        throw error;
      }
      if (!row) return { outcome: "no-claim" };
      if (row.after === null || row.after === undefined)
        return { outcome: "not-allowed", status: row.before as ClaimStatus };
      return { outcome: "decided", status: row.after as ClaimStatus };
    },

    /** Null for an unknown claim; `own` false when it is someone else's (nothing changed then). */
    async withdraw(claimId: string, userId: string): Promise<{ own: boolean; before: ClaimStatus } | null> {
      const [row] = await reader.write("claims/withdraw", { claimId, userId });
      return row ? { own: row.own === true, before: row.before as ClaimStatus } : null;
    },
  };
}

export type ClaimsRepository = ReturnType<typeof createClaimsRepository>;
