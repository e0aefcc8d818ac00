/**
 * Collaboration invites: sending (after the rules of server/graph/collaboration.ts), listing and answering. Every
 * write names the acting user, so a statement can only ever touch that user's own invites.
 */
import { randomUUID } from "node:crypto";
import type { Invite, Invites } from "../../contract/schemas/collaboration.ts";
import {
  inviteRefusal,
  pendingPairKey,
  toInvite,
  type InviteRefusal,
  type InviteRow,
  type PreflightRow,
} from "../graph/collaboration.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** Most received and most sent invites listed. */
const LISTED = 100;

export type SendResult = { sent: Invite } | { refused: InviteRefusal };
export type AnswerResult = { done: true; conversationId: string | null } | { refused: AnswerRefusal };
export type AnswerRefusal = "not-found" | "forbidden" | "decided";
export type Answer = "accept" | "decline" | "block";

export function createInvitesRepository(db: GraphReader, options: { perDay: number }) {
  /** The facts invites/preflight reads, times as epoch milliseconds; null for an unknown user. */
  async function preflightOf(userId: string, personId: string): Promise<PreflightRow | null> {
    const [row] = await db.read("invites/preflight", { userId, personId });
    if (!row) return null;
    const facts = row as unknown as Omit<PreflightRow, "sentSince"> & { sentSince: string[] };
    return { ...facts, sentSince: facts.sentSince.map((at) => Date.parse(at)) };
  }

  async function list(userId: string): Promise<Invites> {
    const [row] = await db.read("invites/list", { userId, limit: cypherInt(LISTED) });
    if (!row) return { received: [], sent: [], pendingReceived: 0 };
    return {
      received: (row.received as InviteRow[]).map(toInvite),
      sent: (row.sent as InviteRow[]).map(toInvite),
      pendingReceived: row.pendingReceived as number,
    };
  }

  return {
    list,

    /**
     * Sends an invite from `userId` to the claimant of person `personId`. Refused with the reason when a rule says
     * no; a blocked sender gets the same answer as anyone else while the invite is kept from its recipient.
     */
    async send(userId: string, personId: string, message: string): Promise<SendResult> {
      const preflight = await preflightOf(userId, personId);
      if (!preflight) return { refused: { kind: "sender-unclaimed" } };
      const refusal = inviteRefusal(preflight, userId, { perDay: options.perDay, now: Date.now() });
      if (refusal) return { refused: refusal };
      const id = randomUUID();
      const created = await db.write("invites/create", {
        userId,
        recipientId: preflight.recipientId,
        personId,
        ownPersonId: preflight.ownPersonId,
        inviteId: id,
        message,
        perDay: cypherInt(options.perDay),
        pendingPair: pendingPairKey(userId, preflight.recipientId!),
        suppressed: preflight.blocked,
      });
      if (created.length === 0) {
        // Another request of this user got in between: tell which rule it made fail.
        const again = await preflightOf(userId, personId);
        const why = again && inviteRefusal(again, userId, { perDay: options.perDay, now: Date.now() });
        return { refused: why || { kind: "pending-out" } };
      }
      const sent = (await list(userId)).sent.find((invite) => invite.id === id);
      if (!sent) throw new Error(`invites: invite ${id} was created but is not listed`);
      return { sent };
    },

    /** The recipient answers a pending invite; accepting opens a conversation (its id is returned). */
    async answer(userId: string, inviteId: string, answer: Answer): Promise<AnswerResult> {
      const [found] = await db.read("invites/find", { inviteId });
      if (!found || (found.suppressed && found.recipientId === userId)) return { refused: "not-found" };
      if (found.recipientId !== userId) return { refused: "forbidden" };
      if (found.status !== "pending") return { refused: "decided" };
      if (answer === "accept") {
        const [row] = await db.write("invites/accept", {
          userId,
          inviteId,
          conversationId: randomUUID(),
          messageId: randomUUID(),
        });
        return row ? { done: true, conversationId: row.conversationId as string } : { refused: "decided" };
      }
      const rows = await db.write("invites/decline", { userId, inviteId, block: answer === "block" });
      return rows.length > 0 ? { done: true, conversationId: null } : { refused: "decided" };
    },
  };
}

export type InvitesRepository = ReturnType<typeof createInvitesRepository>;
