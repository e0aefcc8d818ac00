/** TypeBox schemas of /api/papers/:id (shape fixed by docs/API.md). */
import { Type } from "@fastify/type-provider-typebox";
import { AuthorSchema, TopicRefSchema, VenueSchema } from "../people/schema.ts";
import { Nullable } from "../shared-schemas.ts";

export const PaperParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 500 }) });

const PaperRef = Type.Object({
  id: Type.String(),
  key: Type.String(),
  title: Type.String(),
  year: Nullable(Type.Integer()),
  citationCount: Type.Integer(),
});

export const PaperSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  title: Type.String(),
  year: Nullable(Type.Integer()),
  type: Nullable(Type.String()),
  venue: VenueSchema,
  abstract: Nullable(Type.String()),
  doi: Nullable(Type.String()),
  url: Nullable(Type.String()),
  citationCount: Type.Integer(),
  referencesTotal: Nullable(Type.Integer()),
  authors: Type.Array(AuthorSchema),
  topics: Type.Array(TopicRefSchema),
  references: Type.Array(PaperRef),
  citedBy: Type.Array(PaperRef),
  referencesCount: Type.Integer(),
  citedByCount: Type.Integer(),
});
