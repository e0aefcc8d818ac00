/** Response of /api/search: ranked autocomplete hits. */
import { Type, type Static } from "typebox";
import { NodeKindSchema } from "./common.ts";

export const SearchResultSchema = Type.Object({
  key: Type.String(),
  kind: NodeKindSchema,
  id: Type.String(),
  label: Type.String(),
  subtitle: Type.String(),
  score: Type.Number(),
});
export type SearchResult = Static<typeof SearchResultSchema>;

/** GET /api/search. */
export const SearchResponseSchema = Type.Object({ query: Type.String(), results: Type.Array(SearchResultSchema) });
export type SearchResponse = Static<typeof SearchResponseSchema>;
