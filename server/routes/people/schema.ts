/** TypeBox schemas of /api/people/* (shapes fixed by docs/API.md). */
import { Type } from "@fastify/type-provider-typebox";
import { Nullable } from "../shared-schemas.ts";

export const PersonParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 500 }) });

const PersonLink = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  sharedWorks: Type.Integer(),
  firstYear: Nullable(Type.Integer()),
  lastYear: Nullable(Type.Integer()),
});

const TrustFactor = Type.Object({
  key: Type.String(),
  label: Type.String(),
  points: Type.Integer(),
  max: Type.Integer(),
  detail: Type.String(),
});

const Verification = Type.Union([Type.Literal("L0"), Type.Literal("L1"), Type.Literal("L2"), Type.Literal("L3")]);

export const ProfileSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  headline: Nullable(Type.String()),
  orcid: Nullable(Type.String()),
  claimed: Type.Boolean(),
  verification: Verification,
  followers: Nullable(Type.Integer()),
  affiliations: Type.Array(
    Type.Object({
      id: Type.String(),
      key: Type.String(),
      name: Type.String(),
      country: Nullable(Type.String()),
      ror: Nullable(Type.String()),
      works: Type.Integer(),
      lastYear: Nullable(Type.Integer()),
    }),
  ),
  counts: Type.Object({
    works: Type.Integer(),
    topics: Type.Integer(),
    coauthors: Type.Integer(),
    closeCollaborators: Type.Integer(),
    followers: Nullable(Type.Integer()),
    citations: Type.Integer(),
  }),
  trust: Type.Object({
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    tier: Type.String(),
    verification: Verification,
    factors: Type.Array(TrustFactor),
  }),
  activeYears: Type.Object({ first: Nullable(Type.Integer()), last: Nullable(Type.Integer()) }),
  topics: Type.Array(
    Type.Object({
      id: Type.String(),
      key: Type.String(),
      name: Type.String(),
      code: Nullable(Type.String()),
      works: Type.Integer(),
    }),
  ),
  closeCollaborators: Type.Array(PersonLink),
  coauthors: Type.Array(PersonLink),
  coauthorsTotal: Type.Integer(),
  closeCollaboratorMinWorks: Type.Integer({ minimum: 1 }),
});

export const AuthorSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  position: Nullable(Type.Integer()),
});

export const TopicRefSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  code: Nullable(Type.String()),
});

export const VenueSchema = Nullable(Type.Object({ id: Type.String(), name: Nullable(Type.String()) }));

export const WorksQuery = Type.Object({
  sort: Type.Union([Type.Literal("year"), Type.Literal("citations")], { default: "year" }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const WorksSchema = Type.Object({
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  sort: Type.Union([Type.Literal("year"), Type.Literal("citations")]),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      key: Type.String(),
      title: Type.String(),
      year: Nullable(Type.Integer()),
      type: Nullable(Type.String()),
      venue: VenueSchema,
      authors: Type.Array(AuthorSchema),
      abstract: Nullable(Type.String()),
      citationCount: Type.Integer(),
      doi: Nullable(Type.String()),
      url: Nullable(Type.String()),
      topics: Type.Array(TopicRefSchema),
    }),
  ),
});

export const SuggestQuery = Type.Object({
  topic: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: "topic id or key to focus on" })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});

const Ref = Type.Object({ id: Type.String(), key: Type.String(), name: Type.String() });

export const SuggestionsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      key: Type.String(),
      name: Type.String(),
      score: Type.Number(),
      worksCount: Type.Integer(),
      lastYear: Nullable(Type.Integer()),
      distance: Nullable(Type.Integer()),
      sharedTopics: Type.Array(
        Type.Object({
          id: Type.String(),
          key: Type.String(),
          name: Type.String(),
          code: Nullable(Type.String()),
          theirWorks: Type.Integer(),
          yourWorks: Type.Integer(),
        }),
      ),
      mutualCoauthors: Type.Array(Ref),
      mutualCoauthorsTotal: Type.Integer(),
    }),
  ),
});
