/** Shapes cypher/follows/following.cypher rows into the Following page's items (contract/schemas/follows.ts). */
import { nodeKey } from "../../contract/keys.ts";
import type { Ref } from "../../contract/schemas/common.ts";
import type { Followed, NewWork } from "../../contract/schemas/follows.ts";

type Row = Record<string, unknown>;

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

function personRef(row: Row): Ref {
  const id = String(row.id);
  return { id, key: nodeKey("person", id), name: typeof row.name === "string" ? row.name : id };
}

function newWork(row: Row): NewWork {
  const id = String(row.id);
  return {
    id,
    key: nodeKey("paper", id),
    title: typeof row.title === "string" ? row.title : id,
    year: typeof row.year === "number" ? row.year : null,
    addedAt: String(row.addedAt),
  };
}

/** One followed person with the works and co-authors imports brought since `seenAt`. */
export function presentFollowed(row: Row): Followed {
  return {
    person: personRef((row.person ?? {}) as Row),
    since: String(row.since),
    seenAt: String(row.seenAt),
    newWorks: rows(row.newWorks).map(newWork),
    newWorksTotal: Number(row.newWorksTotal ?? 0),
    newCoauthors: rows(row.newCoauthors).map(personRef),
    newCoauthorsTotal: Number(row.newCoauthorsTotal ?? 0),
  };
}
