/**
 * Direct collaboration: invites between people with claimed profiles, and the conversations an accepted invite opens
 * (routes in server/routes/invites/ and server/routes/conversations/). People appear by their claimed profile, never
 * by their account (no email ever reaches another user).
 */
import { Type, type Static } from "typebox";
import { Nullable, RefSchema } from "./common.ts";

export const InviteStatusSchema = Type.Union([
  Type.Literal("pending"),
  Type.Literal("accepted"),
  Type.Literal("declined"),
]);
export type InviteStatus = Static<typeof InviteStatusSchema>;

/**
 * One invite as its sender or its recipient sees it. `from` / `to` are the claimed profiles of the two people (null
 * when that claim has since been revoked). A sender never learns that they were blocked: to them an invite the
 * recipient never received looks like one still waiting for an answer.
 */
export const InviteSchema = Type.Object({
  id: Type.String(),
  message: Type.String(),
  status: InviteStatusSchema,
  createdAt: Type.String({ format: "date-time" }),
  decidedAt: Nullable(Type.String({ format: "date-time" })),
  from: Nullable(RefSchema),
  to: Nullable(RefSchema),
  /** The conversation the acceptance opened (null until accepted). */
  conversationId: Nullable(Type.String()),
  /** Recipient's view only: whether they block this sender now (always false in the sender's view). */
  senderBlocked: Type.Boolean(),
});
export type Invite = Static<typeof InviteSchema>;

/** GET /api/me/invites: the newest received and sent invites (at most 100 of each), newest first. */
export const InvitesSchema = Type.Object({
  received: Type.Array(InviteSchema),
  sent: Type.Array(InviteSchema),
  /** Received invites still waiting for an answer. */
  pendingReceived: Type.Integer({ minimum: 0 }),
});
export type Invites = Static<typeof InvitesSchema>;

export const MessageSchema = Type.Object({
  id: Type.String(),
  body: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  /** Written by the user asking. */
  mine: Type.Boolean(),
  author: Nullable(RefSchema),
  /** Written by the other person after the asking user last read the conversation. */
  unread: Type.Boolean(),
});
export type Message = Static<typeof MessageSchema>;

/**
 * A conversation as one participant sees it. Once either person leaves, nobody can write in it any more (`open`
 * false); the one who stayed still reads its history, the one who left no longer sees it.
 */
export const ConversationSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  /** The other participant's claimed profile (null when that claim has since been revoked). */
  with: Nullable(RefSchema),
  unread: Type.Integer({ minimum: 0 }),
  messages: Type.Integer({ minimum: 0 }),
  lastMessageAt: Nullable(Type.String({ format: "date-time" })),
  open: Type.Boolean(),
  /** The other participant left. */
  otherLeft: Type.Boolean(),
});
export type Conversation = Static<typeof ConversationSchema>;

/** GET /api/conversations: the user's conversations (not those they left), latest activity first. */
export const ConversationsSchema = Type.Object({
  items: Type.Array(ConversationSchema),
  unread: Type.Integer({ minimum: 0 }),
});
export type Conversations = Static<typeof ConversationsSchema>;

/** GET /api/conversations/:id/messages: the conversation and its latest messages, newest last. */
export const MessagesSchema = Type.Object({
  conversation: ConversationSchema,
  items: Type.Array(MessageSchema),
  /** Messages in the conversation (more than `items` when older ones were left out). */
  total: Type.Integer({ minimum: 0 }),
});
export type Messages = Static<typeof MessagesSchema>;
