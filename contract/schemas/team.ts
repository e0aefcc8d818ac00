/**
 * GET /api/team: the team lens. A serialized graph to draw (members, their internal co-authorships, the top bridges
 * and their co-authorships with members, the shared topics and who works on them) plus the lists the page shows.
 */
import { Type, type Static } from "typebox";
import { SerializedGraphSchema } from "./common.ts";

/** A topic with the works one person has in it (WORKS_ON.works). */
export const TeamTopicWorksSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  works: Type.Integer(),
});
export type TeamTopicWorks = Static<typeof TeamTopicWorksSchema>;

/** A co-authorship with one other member or a bridge: shared works and the years they span. */
export const TeamLinkSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  works: Type.Integer(),
  firstYear: Type.Union([Type.Integer(), Type.Null()]),
  lastYear: Type.Union([Type.Integer(), Type.Null()]),
});
export type TeamLink = Static<typeof TeamLinkSchema>;

/** One row of the member table. */
export const TeamMemberSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  works: Type.Integer(),
  firstYear: Type.Union([Type.Integer(), Type.Null()]),
  lastYear: Type.Union([Type.Integer(), Type.Null()]),
  /** Distinct co-authors in the whole graph. */
  coauthors: Type.Integer(),
  /** The member's topics with the most works (at most 3). */
  topTopics: Type.Array(TeamTopicWorksSchema),
  /** Other members this one has written with, most shared works first. */
  internal: Type.Array(TeamLinkSchema),
  /** Topics no other member works on, most works first (at most 5; `distinctTotal` counts them all). */
  distinctTopics: Type.Array(TeamTopicWorksSchema),
  distinctTotal: Type.Integer(),
});
export type TeamMember = Static<typeof TeamMemberSchema>;

/** A non-member who has written with at least two members. */
export const TeamBridgeSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  /** How many members they have written with (the first ranking key). */
  connects: Type.Integer(),
  /** Works shared with those members, summed over them (the tie-breaker). */
  sharedWorks: Type.Integer(),
  members: Type.Array(TeamLinkSchema),
});
export type TeamBridge = Static<typeof TeamBridgeSchema>;

/** A topic at least two members work on. */
export const TeamSharedTopicSchema = Type.Object({
  key: Type.String(),
  name: Type.String(),
  /** Members working on it, most works first. */
  members: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), works: Type.Integer() })),
  /** The members' works in it, summed. */
  works: Type.Integer(),
});
export type TeamSharedTopic = Static<typeof TeamSharedTopicSchema>;

/** An internal co-authorship (one per pair of members who have written together). */
export const TeamPairSchema = Type.Object({
  source: Type.String(),
  target: Type.String(),
  works: Type.Integer(),
  firstYear: Type.Union([Type.Integer(), Type.Null()]),
  lastYear: Type.Union([Type.Integer(), Type.Null()]),
});
export type TeamPair = Static<typeof TeamPairSchema>;

export const TeamGraphAttributesSchema = Type.Object({
  /** Member keys in the order asked (missing ones left out). */
  members: Type.Array(Type.String()),
});
export type TeamGraphAttributes = Static<typeof TeamGraphAttributesSchema>;

/** GET /api/team. */
export const TeamSchema = Type.Object({
  members: Type.Array(TeamMemberSchema),
  /** Keys asked for that name no person (the lens is drawn for the others while at least two exist). */
  missing: Type.Array(Type.String()),
  internal: Type.Array(TeamPairSchema),
  bridges: Type.Array(TeamBridgeSchema),
  /** All bridges there are (the list holds the top `bridges` of them). */
  bridgesTotal: Type.Integer(),
  sharedTopics: Type.Array(TeamSharedTopicSchema),
  sharedTopicsTotal: Type.Integer(),
  graph: SerializedGraphSchema(TeamGraphAttributesSchema),
});
export type Team = Static<typeof TeamSchema>;
