/** Responses of /api/graph/*: a slice, an expansion, shortest paths (all graphology serialized graphs). */
import { Type, type Static } from "typebox";
import { EdgeKindSchema, KindCountsSchema, Nullable, SerializedGraphSchema } from "./common.ts";

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

/** A co-author hop's evidence: how many works the two share and the one a sentence names (the earliest). */
export const SharedWorksSchema = Type.Object({
  count: Type.Integer({ minimum: 1 }),
  chosen: Type.Literal("earliest", { description: "which shared work `work` is: the earliest (then most cited)" }),
  work: Type.Object({
    key: Type.String(),
    title: Type.String(),
    year: Nullable(Type.Integer()),
    citationCount: Type.Integer(),
  }),
});
export type SharedWorks = Static<typeof SharedWorksSchema>;

/** One hop of a path: `from` → `to` (path order) over a relationship of `kind`. */
export const PathHopSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  kind: EdgeKindSchema,
  /** The stored relationship points from `from` to `to` (false: e.g. `to` cites `from`, or `to` wrote `from`). */
  forward: Type.Boolean(),
  /** Co-author hops only. */
  shared: Type.Optional(SharedWorksSchema),
});
export type PathHop = Static<typeof PathHopSchema>;

/** Why a search ended without the whole answer: which stage, which bound. */
export const PathBoundSchema = Type.Object({
  stage: Type.Union([Type.Literal("shortest"), Type.Literal("alternatives")]),
  reason: Type.Union([Type.Literal("time"), Type.Literal("length")]),
  /** The bound itself: milliseconds for `time`, hops for `length`. */
  limit: Type.Integer(),
});
export type PathBound = Static<typeof PathBoundSchema>;

/** GET /api/graph/path. */
export const PathResultSchema = Type.Object({
  found: Type.Boolean(),
  /** found: paths listed; none: no path exists over these kinds (the two are in different components of that graph);
   * stopped: the shortest-path search hit `bound` before an answer either way. */
  outcome: Type.Union([Type.Literal("found"), Type.Literal("none"), Type.Literal("stopped")]),
  /** One sentence that says which, for people. */
  message: Type.String(),
  /** Shortest length in hops, or null. */
  length: Nullable(Type.Integer()),
  paths: Type.Array(Type.Array(Type.String())),
  /** Hops of each path (same order as `paths`). */
  hops: Type.Array(Type.Array(PathHopSchema)),
  /** Set when a stage stopped at a bound (fewer than k alternatives, or no answer at all). */
  bound: Nullable(PathBoundSchema),
  graph: SerializedGraphSchema(PathAttributesSchema),
});
export type PathResult = Static<typeof PathResultSchema>;
