/** Request schemas of /api/graph/*; the response schemas are the contract's (contract/schemas/graph.ts). */
import { Type, type Static } from "@fastify/type-provider-typebox";

const Year = Type.Integer({ minimum: 1000, maximum: 3000 });
const KindList = Type.String({ maxLength: 200, description: "comma-separated node kinds" });

/** `<kind>:<id>` as a query parameter. */
const NodeKeyParam = Type.String({ minLength: 3, maxLength: 600, description: "node key `<kind>:<id>`" });

export const SliceQuery = Type.Object({
  focus: NodeKeyParam,
  depth: Type.Integer({ minimum: 1, maximum: 2, default: 1 }),
  kinds: Type.Optional(KindList),
  from: Type.Optional(Year),
  to: Type.Optional(Year),
  limit: Type.Integer({ minimum: 2, maximum: 500, default: 150 }),
});

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

export const PathQuery = Type.Object({
  from: NodeKeyParam,
  to: NodeKeyParam,
  via: Type.Optional(Type.String({ maxLength: 200, description: "comma-separated relationship kinds" })),
  k: Type.Integer({ minimum: 1, maximum: 10, default: 1 }),
});
