/** Schemas shared by several route folders: the error body, nullable helpers, node references, serialized graphs. */
import { Type, type TSchema } from "@fastify/type-provider-typebox";

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ErrorSchema = Type.Object({ code: Type.String(), message: Type.String() });

/** The error answers every data route may give. */
export const ERROR_RESPONSES = { 400: ErrorSchema, 404: ErrorSchema, 503: ErrorSchema } as const;

export const NodeKindSchema = Type.Union([
  Type.Literal("person"),
  Type.Literal("paper"),
  Type.Literal("topic"),
  Type.Literal("institution"),
  Type.Literal("venue"),
]);

export const EdgeKindSchema = Type.Union([
  Type.Literal("authored"),
  Type.Literal("coauthor"),
  Type.Literal("has_topic"),
  Type.Literal("works_on"),
  Type.Literal("cites"),
  Type.Literal("affiliated_with"),
  Type.Literal("published_in"),
]);

export const KindCountsSchema = Type.Object(
  {
    person: Type.Optional(Type.Integer()),
    paper: Type.Optional(Type.Integer()),
    topic: Type.Optional(Type.Integer()),
    institution: Type.Optional(Type.Integer()),
    venue: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);

export const GraphNodeSchema = Type.Object({
  key: Type.String(),
  attributes: Type.Object(
    {
      kind: NodeKindSchema,
      label: Type.String(),
      size: Type.Number({ minimum: 3, maximum: 20 }),
      weight: Type.Number({ minimum: 0 }),
      year: Nullable(Type.Integer()),
      firstYear: Nullable(Type.Integer()),
      lastYear: Nullable(Type.Integer()),
      worksCount: Nullable(Type.Integer()),
      citationCount: Nullable(Type.Integer()),
      peopleCount: Nullable(Type.Integer()),
      code: Nullable(Type.String()),
    },
    { additionalProperties: true },
  ),
});

export const GraphEdgeSchema = Type.Object({
  key: Type.String(),
  source: Type.String(),
  target: Type.String(),
  attributes: Type.Object(
    {
      kind: EdgeKindSchema,
      weight: Type.Number({ minimum: 1 }),
      works: Type.Optional(Type.Integer()),
      firstYear: Type.Optional(Type.Integer()),
      lastYear: Type.Optional(Type.Integer()),
      topics: Type.Optional(Type.Array(Type.String())),
      position: Type.Optional(Type.Integer()),
      primary: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: true },
  ),
});

/** graphology's serialized graph with the given graph attributes. */
export const SerializedGraphSchema = <A extends TSchema>(attributes: A) =>
  Type.Object({ attributes, nodes: Type.Array(GraphNodeSchema), edges: Type.Array(GraphEdgeSchema) });

/** `<kind>:<id>` as a query parameter. */
export const NodeKeyParam = Type.String({ minLength: 3, maxLength: 600, description: "node key `<kind>:<id>`" });
