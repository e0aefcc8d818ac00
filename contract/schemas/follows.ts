/** PUT|DELETE /api/people/:id/follow, GET /api/me/following and POST /api/me/following/seen. */
import { Type, type Static } from "typebox";
import { Nullable, RefSchema } from "./common.ts";

/** The answer to a follow or unfollow: the state now, and the record's follower count. */
export const FollowStateSchema = Type.Object({ following: Type.Boolean(), followers: Type.Integer({ minimum: 0 }) });
export type FollowState = Static<typeof FollowStateSchema>;

export const NewWorkSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  title: Type.String(),
  year: Nullable(Type.Integer()),
  addedAt: Type.String(),
});
export type NewWork = Static<typeof NewWorkSchema>;

/** A followed researcher and what imports brought since the user last looked (`seenAt`). */
export const FollowedSchema = Type.Object({
  person: RefSchema,
  since: Type.String(),
  seenAt: Type.String(),
  newWorks: Type.Array(NewWorkSchema),
  newWorksTotal: Type.Integer({ minimum: 0 }),
  newCoauthors: Type.Array(RefSchema),
  newCoauthorsTotal: Type.Integer({ minimum: 0 }),
});
export type Followed = Static<typeof FollowedSchema>;

/** `asOf`: the database time of this answer; POST it back to /api/me/following/seen to mark what was shown. */
export const FollowingSchema = Type.Object({ asOf: Type.String(), items: Type.Array(FollowedSchema) });
export type Following = Static<typeof FollowingSchema>;

export const SeenSchema = Type.Object({ updated: Type.Integer({ minimum: 0 }) });
export type Seen = Static<typeof SeenSchema>;
