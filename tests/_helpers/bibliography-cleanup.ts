/** Removes what bibliography imports (CLI or upload) added, and rebuilds the derived data of the people they touched. */
import type { Driver } from "neo4j-driver";
import { rebuildPeople, refreshCounters } from "../../seed/graph-writer.ts";
import { query, testConnection } from "./graph.ts";

export async function removeBibliographyImports(driver: Driver): Promise<void> {
  const touched = await query<{ id: string }>(
    driver,
    "MATCH (p:Person)-[:AUTHORED]->(w:Paper {source: 'bibliography'}) RETURN DISTINCT p.id AS id",
  );
  await query(driver, "MATCH (w:Paper {source: 'bibliography'}) DETACH DELETE w");
  await query(driver, "MATCH (n) WHERE (n:Person OR n:Venue) AND n.id STARTS WITH 'bib:' DETACH DELETE n");
  const context = { driver, database: testConnection().database, batchSize: 500 };
  const ids = touched.map((row) => row.id).filter((id) => !id.startsWith("bib:"));
  await rebuildPeople(context, ids);
  await refreshCounters(context, { papers: [], topics: [], institutions: [] });
}
