/** Follows (user data): follow, unfollow, the Following list with what imports brought, and marking it seen. */
import type { FollowState, Following } from "../../contract/schemas/follows.ts";
import { presentFollowed } from "../graph/following.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** Follows listed on the Following page (the newest first). */
const FOLLOWS_LIMIT = 500;
/** New works and new co-authors listed per followed person (the totals count all). */
const ITEMS_PER_PERSON = 10;

export function createFollowsRepository(reader: GraphReader) {
  const state = (rows: Record<string, unknown>[]): FollowState | null =>
    rows[0] ? { following: rows[0].following === true, followers: Number(rows[0].followers) } : null;
  return {
    /** Null when the person does not exist. */
    async follow(userId: string, personId: string): Promise<FollowState | null> {
      return state(await reader.write("follows/follow", { userId, personId }));
    },

    async unfollow(userId: string, personId: string): Promise<FollowState | null> {
      return state(await reader.write("follows/unfollow", { userId, personId }));
    },

    /** `asOf` is read first: what arrives while the list is read shows again next time rather than never. */
    async following(userId: string): Promise<Following> {
      const [now] = await reader.read("follows/now");
      const rows = await reader.read("follows/following", {
        userId,
        follows: cypherInt(FOLLOWS_LIMIT),
        items: cypherInt(ITEMS_PER_PERSON),
      });
      return { asOf: String(now!.now), items: rows.map(presentFollowed) };
    },

    /** Marks what was new up to `asOf` as seen, for one followed person or all; returns how many follows moved. */
    async markSeen(userId: string, asOf: string, personId: string | null): Promise<number> {
      const [row] = await reader.write("follows/mark-seen", { userId, asOf, personId });
      return Number(row?.updated ?? 0);
    },
  };
}

export type FollowsRepository = ReturnType<typeof createFollowsRepository>;
