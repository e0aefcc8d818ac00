/**
 * Client of the direct-collaboration routes (invites, conversations) and of the invite form's fit reasons, on the
 * same getJson / postJson as client/api.ts (errors as ApiError with the contract's codes). Types come from
 * contract/schemas/collaboration.ts, type-only.
 */
import type { Conversations, Invite, Invites, Message, Messages } from "../contract/schemas/collaboration.ts";
import type { SuggestedCollaborator } from "../contract/schemas/people.ts";
import { getJson, postJson } from "./api.ts";

export type {
  Conversation,
  Conversations,
  Invite,
  Invites,
  Message,
  Messages,
} from "../contract/schemas/collaboration.ts";
export { INVITE_MESSAGE_MAX, MESSAGE_BODY_MAX } from "../contract/limits.ts";

export type InviteAnswer = "accept" | "decline" | "block";

const path = (prefix: string, id: string, suffix = "") => `${prefix}/${encodeURIComponent(id)}${suffix}`;

export const collaborationApi = {
  /** Why `other` may be a good collaborator for `personId` (the viewer's claimed profile). */
  fit: (personId: string, other: string, signal?: AbortSignal) =>
    getJson<SuggestedCollaborator>(path("/api/people", personId, "/collaborators/fit"), { with: other }, signal),
  invite: (personId: string, message: string) =>
    postJson<Invite>(path("/api/people", personId, "/invites"), { message }),
  invites: (signal?: AbortSignal) => getJson<Invites>("/api/me/invites", {}, signal),
  answer: (inviteId: string, answer: InviteAnswer) =>
    postJson<Invite>(path("/api/invites", inviteId, `/${answer}`), {}),
  conversations: (signal?: AbortSignal) => getJson<Conversations>("/api/conversations", {}, signal),
  messages: (conversationId: string, signal?: AbortSignal) =>
    getJson<Messages>(path("/api/conversations", conversationId, "/messages"), {}, signal),
  send: (conversationId: string, body: string) =>
    postJson<Message>(path("/api/conversations", conversationId, "/messages"), { body }),
  leave: (conversationId: string) => postJson<null>(path("/api/conversations", conversationId, "/leave"), {}),
};
