/**
 * The allow-list that maps the API's edge kinds to Neo4j relationship types. Requests only ever name kinds;
 * relationship types reach Cypher through this table, never from input.
 */
import type { EdgeKind } from "../../contract/kinds.ts";

/** API edge kind → Neo4j relationship type. */
export const RELATIONSHIP_TYPES: Readonly<Record<EdgeKind, string>> = {
  authored: "AUTHORED",
  coauthor: "COAUTHOR",
  has_topic: "HAS_TOPIC",
  works_on: "WORKS_ON",
  cites: "CITES",
  affiliated_with: "AFFILIATED_WITH",
  published_in: "PUBLISHED_IN",
};

const EDGE_KIND_OF_TYPE = new Map(Object.entries(RELATIONSHIP_TYPES).map(([kind, type]) => [type, kind as EdgeKind]));

/** Neo4j relationship type → API edge kind (null for a type the API does not expose). */
export function edgeKindOf(type: string): EdgeKind | null {
  return EDGE_KIND_OF_TYPE.get(type) ?? null;
}
