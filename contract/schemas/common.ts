/** Schemas shared by several responses: nullable helper, error body, kinds, graphology's serialized graph. */
import { Type, type Static, type TSchema } from "typebox";
import { EDGE_KINDS, NODE_KINDS } from "../kinds.ts";

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The body of every error answer: a stable `code` from contract/errors.ts and a message for people. */
export const ErrorBodySchema = Type.Object({ code: Type.String(), message: Type.String() });
export type ErrorBody = Static<typeof ErrorBodySchema>;

/** The error answers every data route may give. */
export const ERROR_RESPONSES = { 400: ErrorBodySchema, 404: ErrorBodySchema, 503: ErrorBodySchema } as const;

/** The error answers of routes for signed-in users: also 401, 403 (forbidden, CSRF), 409 and 429. */
export const ACCOUNT_ERROR_RESPONSES = {
  ...ERROR_RESPONSES,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
} as const;

export const NodeKindSchema = Type.Enum(NODE_KINDS);
export const EdgeKindSchema = Type.Enum(EDGE_KINDS);

/** `{ id, key, name }`: the smallest reference to a person, institution or topic. */
export const RefSchema = Type.Object({ id: Type.String(), key: Type.String(), name: Type.String() });
export type Ref = Static<typeof RefSchema>;

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
export type KindCounts = Static<typeof KindCountsSchema>;

export const GraphNodeAttributesSchema = Type.Object(
  {
    kind: NodeKindSchema,
    label: Type.String(),
    /** Works for people and topics, citations for papers, people for institutions. The client sizes nodes from it
     * (client/graph/style.ts nodeSize: the one size scale); the server sends no size. */
    weight: Type.Number({ minimum: 0 }),
    year: Nullable(Type.Integer()),
    firstYear: Nullable(Type.Integer()),
    lastYear: Nullable(Type.Integer()),
    worksCount: Nullable(Type.Integer()),
    citationCount: Nullable(Type.Integer()),
    peopleCount: Nullable(Type.Integer()),
    /** People: distinct co-authors in the whole graph (read aloud by the keyboard announcer); absent elsewhere. */
    coauthorCount: Type.Optional(Nullable(Type.Integer())),
    code: Nullable(Type.String()),
  },
  { additionalProperties: true },
);
export type GraphNodeAttributes = Static<typeof GraphNodeAttributesSchema>;

export const GraphEdgeAttributesSchema = Type.Object(
  {
    kind: EdgeKindSchema,
    weight: Type.Number({ minimum: 1 }),
    works: Type.Optional(Type.Integer()),
    firstYear: Type.Optional(Type.Integer()),
    lastYear: Type.Optional(Type.Integer()),
    /** Co-authorship: the top shared topic ids, most shared first (COAUTHOR.topics). */
    topics: Type.Optional(Type.Array(Type.String())),
    /** Co-authorship: the names of `topics`, in the same order (a topic without a name keeps its id). */
    topicNames: Type.Optional(Type.Array(Type.String())),
    position: Type.Optional(Type.Integer()),
    primary: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: true },
);
export type GraphEdgeAttributes = Static<typeof GraphEdgeAttributesSchema>;

export const GraphNodeSchema = Type.Object({ key: Type.String(), attributes: GraphNodeAttributesSchema });
export type GraphNode = Static<typeof GraphNodeSchema>;

export const GraphEdgeSchema = Type.Object({
  key: Type.String(),
  source: Type.String(),
  target: Type.String(),
  attributes: GraphEdgeAttributesSchema,
});
export type GraphEdge = Static<typeof GraphEdgeSchema>;

/** graphology's serialized graph with the given graph attributes. */
export const SerializedGraphSchema = <A extends TSchema>(attributes: A) =>
  Type.Object({ attributes, nodes: Type.Array(GraphNodeSchema), edges: Type.Array(GraphEdgeSchema) });

/** graphology's serialized graph (`graph.import(data, true)` merges it); `A` is the response's graph attributes. */
export interface SerializedGraph<A = Record<string, unknown>> {
  attributes: A;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
