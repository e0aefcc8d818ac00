/**
 * Conversations opened by accepted invites: listing, reading (which marks them read), writing and leaving. Only
 * participants get past `access`; the statements themselves match the user's own membership as well.
 */
import { randomUUID } from "node:crypto";
import type { Conversation, Conversations, Message, Messages } from "../../contract/schemas/collaboration.ts";
import { toConversation, toMessage, type ConversationRow, type MessageRow } from "../graph/collaboration.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export type Access = "ok" | "not-found" | "forbidden";

export function createConversationsRepository(db: GraphReader) {
  async function listRows(userId: string, conversationId: string | null): Promise<Conversation[]> {
    const rows = await db.read("conversations/list", { userId, conversationId });
    return (rows as unknown as ConversationRow[]).map(toConversation);
  }

  return {
    /** Whether the user may use this conversation: it exists, they are in it and have not left. */
    async access(userId: string, conversationId: string): Promise<Access> {
      const [row] = await db.read("conversations/membership", { userId, conversationId });
      if (!row?.exists) return "not-found";
      return row.member && !row.left ? "ok" : "forbidden";
    },

    async list(userId: string): Promise<Conversations> {
      const items = await listRows(userId, null);
      return { items, unread: items.reduce((sum, item) => sum + item.unread, 0) };
    },

    /** The latest `limit` messages, newest last, with unread marks; marks the conversation read. Null: no access. */
    async read(userId: string, conversationId: string, limit: number): Promise<Messages | null> {
      const [conversation] = await listRows(userId, conversationId);
      if (!conversation) return null;
      const [row] = await db.write("conversations/read", {
        userId,
        conversationId,
        limit: cypherInt(limit),
      });
      if (!row) return null;
      const items = (row.messages as MessageRow[]).map(toMessage);
      return { conversation: { ...conversation, unread: 0 }, items, total: row.total as number };
    },

    /** Null when the conversation is closed (someone left) or not the user's. */
    async post(userId: string, conversationId: string, body: string): Promise<Message | null> {
      const [row] = await db.write("conversations/post", {
        userId,
        conversationId,
        messageId: randomUUID(),
        body,
      });
      if (!row) return null;
      const { message, author } = row as unknown as Pick<MessageRow, "message" | "author">;
      return toMessage({ message, author, mine: true, unread: false });
    },

    /** The user leaves; false when they were not in it. */
    async leave(userId: string, conversationId: string): Promise<boolean> {
      const rows = await db.write("conversations/leave", { userId, conversationId });
      return rows.length > 0;
    },
  };
}

export type ConversationsRepository = ReturnType<typeof createConversationsRepository>;
