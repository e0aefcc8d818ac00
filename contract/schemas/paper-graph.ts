/**
 * Response of /api/papers/:id/graph: the paper between the works it cites and the works citing it, each side ranked
 * by relevance to it (co-citation + bibliographic coupling) and cut to the requested number, as a serialized graph.
 */
import { Type, type Static } from "typebox";
import { GraphEdgeSchema, GraphNodeAttributesSchema, Nullable } from "./common.ts";

export const PAPER_GRAPH_SIDES = ["focus", "reference", "citing"] as const;
export type PaperGraphSide = (typeof PAPER_GRAPH_SIDES)[number];

export const PaperGraphNodeAttributesSchema = Type.Object(
  {
    ...GraphNodeAttributesSchema.properties,
    /** `reference`: the focus cites it; `citing`: it cites the focus; `focus`: the paper itself. */
    side: Type.Enum(PAPER_GRAPH_SIDES),
    /** Works in the graph citing both this work and the focus (co-citation). */
    cocitation: Type.Integer({ minimum: 0 }),
    /** References this work and the focus share (bibliographic coupling). */
    coupling: Type.Integer({ minimum: 0 }),
    /** cocitation + coupling: the rank within its side (ties: in-graph citations, newer first, id). */
    relevance: Type.Integer({ minimum: 0 }),
    /** 1-based rank within its side (0 for the focus). */
    rank: Type.Integer({ minimum: 0 }),
    /** Author names in byline order (at most 20; `authorCount` has them all). */
    authors: Type.Array(Type.String()),
    authorCount: Type.Integer({ minimum: 0 }),
    /** Topic names, the primary first. */
    topicNames: Type.Array(Type.String()),
  },
  { additionalProperties: true },
);
export type PaperGraphNodeAttributes = Static<typeof PaperGraphNodeAttributesSchema>;

const SideCountSchema = Type.Object({
  /** Works on this side in the graph. */
  total: Type.Integer({ minimum: 0 }),
  /** Works on this side in this answer (the most relevant). */
  shown: Type.Integer({ minimum: 0 }),
});

export const PaperGraphAttributesSchema = Type.Object({
  focus: Type.String(),
  references: SideCountSchema,
  citing: SideCountSchema,
  /** The focus paper's year (its nodes' years are coloured against it). */
  year: Nullable(Type.Integer()),
});
export type PaperGraphAttributes = Static<typeof PaperGraphAttributesSchema>;

/** GET /api/papers/:id/graph. */
export const PaperGraphSchema = Type.Object({
  attributes: PaperGraphAttributesSchema,
  nodes: Type.Array(Type.Object({ key: Type.String(), attributes: PaperGraphNodeAttributesSchema })),
  edges: Type.Array(GraphEdgeSchema),
});
export type PaperGraph = Static<typeof PaperGraphSchema>;
