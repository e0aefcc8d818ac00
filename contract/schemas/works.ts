/** A work (paper) as lists show it, and the paged works of a person (GET /api/people/:id/works). */
import { Type, type Static } from "typebox";
import { Nullable } from "./common.ts";

export const AuthorSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  position: Nullable(Type.Integer()),
});
export type Author = Static<typeof AuthorSchema>;

export const TopicRefSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String(),
  code: Nullable(Type.String()),
});
export type TopicRef = Static<typeof TopicRefSchema>;

export const VenueSchema = Nullable(Type.Object({ id: Type.String(), name: Nullable(Type.String()) }));
export type Venue = Static<typeof VenueSchema>;

export const WorkSortSchema = Type.Union([Type.Literal("year"), Type.Literal("citations")]);
export type WorkSort = Static<typeof WorkSortSchema>;

export const WorkSchema = Type.Object({
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
});
export type Work = Static<typeof WorkSchema>;

export const WorksPageSchema = Type.Object({
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  sort: WorkSortSchema,
  items: Type.Array(WorkSchema),
});
export type WorksPage = Static<typeof WorksPageSchema>;
