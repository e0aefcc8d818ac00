/** A summary of a whole graph that changes when any node, relationship or derived weight changes. */
import type { Driver } from "neo4j-driver";
import { createHash } from "node:crypto";
import { toNative } from "../../server/neo4j/native.ts";

const STATEMENTS = {
  // StoreFormat marks what a store was upgraded to (server/neo4j/read-ranks.ts), not graph content.
  labels: "MATCH (n) WHERE NOT n:StoreFormat UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  relationships: "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
  coauthors:
    "MATCH (a:Person)-[c:COAUTHOR]->(b:Person) RETURN a.id + '|' + b.id + '|' + c.works + '|' + c.firstYear + '|' + c.lastYear + '|' + reduce(s = '', t IN c.topics | s + t + ',') AS row ORDER BY row",
  worksOn: "MATCH (p:Person)-[w:WORKS_ON]->(t:Topic) RETURN p.id + '|' + t.id + '|' + w.works AS row ORDER BY row",
  citations: "MATCH (p:Paper) RETURN p.id + '|' + coalesce(p.citationCount, -1) AS row ORDER BY row",
  sourceCitations:
    "MATCH (p:Paper) WHERE p.sourceCitationYears IS NOT NULL RETURN p.id + '|' + reduce(s = '', i IN range(0, size(p.sourceCitationYears) - 1) | s + toInteger(p.sourceCitationYears[i]) + ':' + toInteger(p.sourceCitationCounts[i]) + ',') AS row ORDER BY row",
  // The read ranks (docs/DATA-MODEL.md) of every ranked relationship; absent ones show as 'null'.
  ranks:
    "MATCH (a)-[r:HAS_TOPIC|PUBLISHED_IN|WORKS_ON|AFFILIATED_WITH]->(b) RETURN type(r) + '|' + a.id + '|' + b.id + '|' + coalesce(r.toId, 'null') + '|' + coalesce(toString(r.rank), 'null') AS row ORDER BY row",
  people:
    "MATCH (p:Person) RETURN p.id + '|' + p.worksCount + '|' + p.coauthorCount + '|' + p.topicCount AS row ORDER BY row",
};

export interface GraphFingerprint {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  hashes: Record<string, string>;
}

export async function fingerprint(driver: Driver, database = "neo4j"): Promise<GraphFingerprint> {
  const run = async (statement: string) =>
    (await driver.executeQuery(statement, {}, { database })).records.map(
      (r) => toNative(r.toObject()) as Record<string, unknown>,
    );
  const labels = Object.fromEntries((await run(STATEMENTS.labels)).map((r) => [r.label, r.n])) as Record<
    string,
    number
  >;
  const relationships = Object.fromEntries((await run(STATEMENTS.relationships)).map((r) => [r.type, r.n])) as Record<
    string,
    number
  >;
  const hashes: Record<string, string> = {};
  for (const key of ["coauthors", "worksOn", "citations", "sourceCitations", "ranks", "people"] as const) {
    const hash = createHash("sha256");
    for (const row of await run(STATEMENTS[key])) hash.update(`${String(row.row)}\n`);
    hashes[key] = hash.digest("hex");
  }
  return { labels, relationships, hashes };
}
