/**
 * The naive way to get a 2-hop neighbourhood slice — `MATCH (n {id:$id})-[*1..2]-(m)`: no label (so no index), no
 * ranking, no cap; it returns every reached node with the relationships that lead to it, as a client would need to
 * draw it — timed with the driver directly, for the side-by-side ratio against the API's depth-2 slice.
 */
import neo4j, { type Driver } from "neo4j-driver";

export const NAIVE_SLICE =
  "MATCH (n {id: $id})-[rels*1..2]-(m) RETURN m {.*} AS node, [r IN rels | [type(r), properties(r)]] AS via";
/** A naive query that runs away is stopped here and reported as "> timeout". */
export const NAIVE_TIMEOUT_MS = 60_000;

export interface NaiveRun {
  ms: number[];
  /** Rows streamed (one per path) and distinct nodes among them. */
  rows: number | null;
  nodes: number | null;
  timedOut: boolean;
}

export async function runNaive(driver: Driver, database: string, id: string, runs: number): Promise<NaiveRun> {
  const ms: number[] = [];
  let nodes: number | null = null;
  let rows: number | null = null;
  for (let i = 0; i < runs; i += 1) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    try {
      const result = await session.executeRead((tx) => tx.run(NAIVE_SLICE, { id }), { timeout: NAIVE_TIMEOUT_MS });
      rows = result.records.length;
      nodes = new Set(result.records.map((record) => (record.get("node") as { id?: string }).id)).size;
      ms.push(performance.now() - started);
    } catch (error) {
      if (String((error as { code?: string }).code).includes("TransactionTimedOut")) {
        return { ms, rows, nodes, timedOut: true };
      }
      throw error;
    } finally {
      await session.close();
    }
  }
  return { ms, rows, nodes, timedOut: false };
}
