/** Response of /api/papers/:id: a paper with its authors, topics, venue, references and citing works. */
import { Type, type Static } from "typebox";
import { Nullable } from "./common.ts";
import { WorkSchema } from "./works.ts";

export const PaperRefSchema = Type.Object({
  id: Type.String(),
  key: Type.String(),
  title: Type.String(),
  year: Nullable(Type.Integer()),
  citationCount: Type.Integer(),
});
export type PaperRef = Static<typeof PaperRefSchema>;

/** GET /api/papers/:id: a work as lists show it, plus its references and citing works. */
export const PaperSchema = Type.Object({
  ...WorkSchema.properties,
  referencesTotal: Nullable(Type.Integer()),
  references: Type.Array(PaperRefSchema),
  citedBy: Type.Array(PaperRefSchema),
  referencesCount: Type.Integer(),
  citedByCount: Type.Integer(),
});
export type Paper = Static<typeof PaperSchema>;
