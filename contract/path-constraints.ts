/**
 * The relationship-kind constraints a person picks for "How are you connected?": each is a set of edge kinds sent as
 * the path search's `via` (the server still checks every kind against its allow-list). Plain values.
 */
import type { EdgeKind } from "./kinds.ts";

export const PATH_CONSTRAINTS = [
  { id: "coauthor", label: "Co-authorship only", via: ["coauthor"] },
  { id: "papers", label: "Through papers and citations", via: ["authored", "cites"] },
  { id: "topics", label: "Through topics", via: ["works_on", "has_topic"] },
  { id: "institutions", label: "Through institutions", via: ["affiliated_with"] },
] as const satisfies ReadonlyArray<{ id: string; label: string; via: readonly EdgeKind[] }>;

export type PathConstraint = (typeof PATH_CONSTRAINTS)[number]["id"];

/** The constraint with this id, or the first (co-authorship) for an unknown one. */
export function pathConstraint(id: string | null | undefined): (typeof PATH_CONSTRAINTS)[number] {
  return PATH_CONSTRAINTS.find((constraint) => constraint.id === id) ?? PATH_CONSTRAINTS[0];
}
