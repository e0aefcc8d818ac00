/**
 * Pure rules and shaping of direct collaboration: who may invite whom (from the facts invites/preflight reads), the
 * daily cap's wait, and query rows → the contract's Invite, Conversation and Message. Times are Neo4j datetimes
 * (ISO strings once read) and leave the server as JavaScript ISO strings (milliseconds, UTC).
 */
import { nodeKey } from "../../contract/keys.ts";
import type { Ref } from "../../contract/schemas/common.ts";
import type { Conversation, Invite, InviteStatus, Message } from "../../contract/schemas/collaboration.ts";

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface PreflightRow {
  personExists: boolean;
  ownPersonId: string | null;
  recipientId: string | null;
  pendingOut: boolean;
  pendingIn: boolean;
  talking: boolean;
  blocked: boolean;
  /** createdAt (epoch ms) of the sender's invites of the last 24 hours, oldest first. */
  sentSince: number[];
}

export type InviteRefusal =
  | { kind: "not-found" }
  | { kind: "sender-unclaimed" }
  | { kind: "person-unclaimed" }
  | { kind: "self" }
  | { kind: "pending-out" }
  | { kind: "pending-in" }
  | { kind: "talking" }
  | { kind: "cap"; retryAfterSeconds: number };

/**
 * Why this invite may not be sent, or null when it may. A block is not a refusal: the blocked sender's invite is
 * accepted and suppressed (they must not learn of the block), so it appears nowhere here.
 */
export function inviteRefusal(
  row: PreflightRow,
  userId: string,
  options: { perDay: number; now: number },
): InviteRefusal | null {
  if (!row.personExists) return { kind: "not-found" };
  if (row.ownPersonId === null) return { kind: "sender-unclaimed" };
  if (row.recipientId === null) return { kind: "person-unclaimed" };
  if (row.recipientId === userId) return { kind: "self" };
  if (row.pendingOut) return { kind: "pending-out" };
  if (row.pendingIn) return { kind: "pending-in" };
  if (row.talking) return { kind: "talking" };
  if (row.sentSince.length >= options.perDay) {
    return { kind: "cap", retryAfterSeconds: capRetryAfterSeconds(row.sentSince, options) };
  }
  return null;
}

/** Seconds until one more invite fits in the rolling 24 hours: when the oldest counted one drops out (at least 1). */
export function capRetryAfterSeconds(sentSince: number[], options: { perDay: number; now: number }): number {
  const freeing = sentSince[sentSince.length - options.perDay] ?? options.now;
  return Math.max(1, Math.ceil((freeing + DAY_MS - options.now) / 1000));
}

/** The key the `invite_pending_pair` constraint holds unique while an invite is pending: the same in both directions. */
export function pendingPairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Plain text as stored: line ends unified, outer blank space trimmed; empty means there was nothing to say. */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** A datetime as read from Neo4j ("2026-11-29T12:00:00.123000000Z") or epoch ms → "2026-11-29T12:00:00.123Z". */
export function isoTime(value: string | number): string {
  return new Date(value).toISOString();
}

interface PersonRow {
  id: string;
  name: string | null;
}

function personRef(person: PersonRow | null): Ref | null {
  return person ? { id: person.id, key: nodeKey("person", person.id), name: person.name ?? person.id } : null;
}

export interface InviteRow {
  invite: {
    id: string;
    message: string;
    status: InviteStatus;
    createdAt: string;
    decidedAt: string | null;
    suppressed?: boolean;
  };
  from: PersonRow | null;
  to: PersonRow | null;
  conversationId: string | null;
  senderBlocked: boolean;
}

/**
 * The contract's Invite. A suppressed invite (sent while blocked) stays `pending` as far as anyone can tell: only
 * its sender ever sees it.
 */
export function toInvite(row: InviteRow): Invite {
  return {
    id: row.invite.id,
    message: row.invite.message,
    status: row.invite.status,
    createdAt: isoTime(row.invite.createdAt),
    decidedAt: row.invite.decidedAt === null ? null : isoTime(row.invite.decidedAt),
    from: personRef(row.from),
    to: personRef(row.to),
    conversationId: row.conversationId,
    senderBlocked: row.senderBlocked,
  };
}

export interface ConversationRow {
  conversation: { id: string; createdAt: string; messageCount: number };
  with: PersonRow | null;
  unread: number;
  lastMessageAt: string | null;
  otherLeft: boolean;
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.conversation.id,
    createdAt: isoTime(row.conversation.createdAt),
    with: personRef(row.with),
    unread: row.unread,
    messages: row.conversation.messageCount,
    lastMessageAt: row.lastMessageAt === null ? null : isoTime(row.lastMessageAt),
    open: !row.otherLeft,
    otherLeft: row.otherLeft,
  };
}

export interface MessageRow {
  message: { id: string; body: string; createdAt: string };
  mine: boolean;
  unread: boolean;
  author: PersonRow | null;
}

export function toMessage(row: MessageRow): Message {
  return {
    id: row.message.id,
    body: row.message.body,
    createdAt: isoTime(row.message.createdAt),
    mine: row.mine,
    author: personRef(row.author),
    unread: row.unread,
  };
}
