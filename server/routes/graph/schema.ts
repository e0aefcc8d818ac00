/** TypeBox schemas of /api/graph/* (shapes fixed by docs/API.md). */
import { Type, type Static } from "@fastify/type-provider-typebox";
import { KindCountsSchema, NodeKeyParam, SerializedGraphSchema } from "../shared-schemas.ts";

const Year = Type.Integer({ minimum: 1000, maximum: 3000 });
const KindList = Type.String({ maxLength: 200, description: "comma-separated node kinds" });

export const SliceQuery = Type.Object({
  focus: NodeKeyParam,
  depth: Type.Integer({ minimum: 1, maximum: 2, default: 1 }),
  kinds: Type.Optional(KindList),
  from: Type.Optional(Year),
  to: Type.Optional(Year),
  limit: Type.Integer({ minimum: 2, maximum: 500, default: 150 }),
});

export const SliceSchema = SerializedGraphSchema(
  Type.Object({
    focus: Type.String(),
    depth: Type.Integer(),
    truncated: Type.Boolean(),
    omitted: KindCountsSchema,
    total: Type.Integer(),
    unexpanded: Type.Array(Type.String()),
  }),
);

export const ExpandQuery = Type.Object({
  node: NodeKeyParam,
  kinds: Type.Optional(KindList),
  exclude: Type.Optional(
    Type.Array(Type.String({ maxLength: 200_000 }), { description: "node keys already shown (repeat or comma-join)" }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000, default: 0 }),
});

export type ExpandInput = Static<typeof ExpandQuery>;

export const ExpandSchema = SerializedGraphSchema(
  Type.Object({
    node: Type.String(),
    offset: Type.Integer(),
    limit: Type.Integer(),
    total: Type.Integer(),
    hasMore: Type.Boolean(),
  }),
);

export const PathQuery = Type.Object({
  from: NodeKeyParam,
  to: NodeKeyParam,
  via: Type.Optional(Type.String({ maxLength: 200, description: "comma-separated relationship kinds" })),
  k: Type.Integer({ minimum: 1, maximum: 10, default: 1 }),
});

export const PathSchema = Type.Object({
  found: Type.Boolean(),
  length: Type.Union([Type.Integer(), Type.Null()]),
  paths: Type.Array(Type.Array(Type.String())),
  graph: SerializedGraphSchema(Type.Object({ from: Type.String(), to: Type.String(), via: Type.Array(Type.String()) })),
});
