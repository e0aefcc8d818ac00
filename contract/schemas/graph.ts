/** Responses of /api/graph/*: a slice, an expansion, shortest paths (all graphology serialized graphs). */
import { Type, type Static } from "typebox";
import { KindCountsSchema, SerializedGraphSchema } from "./common.ts";

export const SliceAttributesSchema = Type.Object({
  focus: Type.String(),
  depth: Type.Integer(),
  truncated: Type.Boolean(),
  omitted: KindCountsSchema,
  total: Type.Integer(),
  unexpanded: Type.Array(Type.String()),
});
export type SliceAttributes = Static<typeof SliceAttributesSchema>;

/** GET /api/graph/slice. */
export const SliceSchema = SerializedGraphSchema(SliceAttributesSchema);
export type Slice = Static<typeof SliceSchema>;

export const ExpansionAttributesSchema = Type.Object({
  node: Type.String(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  total: Type.Integer(),
  hasMore: Type.Boolean(),
});
export type ExpansionAttributes = Static<typeof ExpansionAttributesSchema>;

/** GET|POST /api/graph/expand. */
export const ExpansionSchema = SerializedGraphSchema(ExpansionAttributesSchema);
export type Expansion = Static<typeof ExpansionSchema>;

export const PathAttributesSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  via: Type.Array(Type.String()),
});
export type PathAttributes = Static<typeof PathAttributesSchema>;

/** GET /api/graph/path. */
export const PathResultSchema = Type.Object({
  found: Type.Boolean(),
  length: Type.Union([Type.Integer(), Type.Null()]),
  paths: Type.Array(Type.Array(Type.String())),
  graph: SerializedGraphSchema(PathAttributesSchema),
});
export type PathResult = Static<typeof PathResultSchema>;
