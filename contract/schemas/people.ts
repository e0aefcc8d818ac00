/** Responses of /api/people/:id (profile + trust snapshot) and /api/people/:id/collaborators/suggested. */
import { Type, type Static } from "typebox";
import { RecordClaimSchema, VerificationSchema } from "./claims.ts";
import { Nullable, RefSchema } from "./common.ts";

export { VerificationSchema, type Verification } from "./claims.ts";

export const AffiliationSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  country: Nullable(Type.String()),
  ror: Nullable(Type.String()),
  works: Type.Integer(),
  lastYear: Nullable(Type.Integer()),
});
export type Affiliation = Static<typeof AffiliationSchema>;

/** A co-author with the works shared with the profile's person. */
export const CollaboratorSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  sharedWorks: Type.Integer(),
  firstYear: Nullable(Type.Integer()),
  lastYear: Nullable(Type.Integer()),
});
export type Collaborator = Static<typeof CollaboratorSchema>;

export const TrustFactorSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  points: Type.Integer(),
  max: Type.Integer(),
  detail: Type.String(),
});
export type TrustFactor = Static<typeof TrustFactorSchema>;

export const TopicCountSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  code: Nullable(Type.String()),
  works: Type.Integer(),
});
export type TopicCount = Static<typeof TopicCountSchema>;

/** GET /api/people/:id. */
export const PersonSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  headline: Nullable(Type.String()),
  orcid: Nullable(Type.String()),
  /** Whether the record has an approved claim (claim.status is "claimed" or "disputed"). */
  claimed: Type.Boolean(),
  verification: VerificationSchema,
  /** Users following this profile here (FOLLOWS relationships). */
  followers: Type.Integer({ minimum: 0 }),
  claim: RecordClaimSchema,
  /** Whether the signed-in viewer follows this profile (false when signed out). */
  following: Type.Boolean(),
  affiliations: Type.Array(AffiliationSchema),
  counts: Type.Object({
    works: Type.Integer(),
    topics: Type.Integer(),
    coauthors: Type.Integer(),
    closeCollaborators: Type.Integer(),
    followers: Type.Integer({ minimum: 0 }),
    citations: Type.Integer(),
  }),
  trust: Type.Object({
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    tier: Type.String(),
    verification: VerificationSchema,
    factors: Type.Array(TrustFactorSchema),
  }),
  activeYears: Type.Object({ first: Nullable(Type.Integer()), last: Nullable(Type.Integer()) }),
  topics: Type.Array(TopicCountSchema),
  closeCollaborators: Type.Array(CollaboratorSchema),
  coauthors: Type.Array(CollaboratorSchema),
  coauthorsTotal: Type.Integer(),
  /** Shared works that make a co-author a close collaborator (server setting). */
  closeCollaboratorMinWorks: Type.Integer({ minimum: 1 }),
});
export type Person = Static<typeof PersonSchema>;

export const SharedTopicSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  code: Nullable(Type.String()),
  theirWorks: Type.Integer(),
  yourWorks: Type.Integer(),
});
export type SharedTopic = Static<typeof SharedTopicSchema>;

export const SuggestedCollaboratorSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  score: Type.Number(),
  worksCount: Type.Integer(),
  lastYear: Nullable(Type.Integer()),
  distance: Nullable(Type.Integer()),
  sharedTopics: Type.Array(SharedTopicSchema),
  mutualCoauthors: Type.Array(RefSchema),
  mutualCoauthorsTotal: Type.Integer(),
});
export type SuggestedCollaborator = Static<typeof SuggestedCollaboratorSchema>;

/** GET /api/people/:id/collaborators/suggested. */
export const SuggestionsSchema = Type.Object({ items: Type.Array(SuggestedCollaboratorSchema) });
export type Suggestions = Static<typeof SuggestionsSchema>;
