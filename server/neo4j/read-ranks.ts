/**
 * The read ranks (docs/DATA-MODEL.md "Read ranks") of a whole store: written by the bulk path after the offline import,
 * and by the first start of a store written before they existed (an idempotent upgrade: a store whose ranks are
 * complete carries a StoreFormat mark and is not paged through again). The incremental import keeps them current.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "./cypher.ts";

/** Version of the rank expressions; a store marked with an older one is upgraded again. */
export const READ_RANKS_VERSION = 1;

/** Nodes per transaction: small enough for the embedded 5-minute transaction timeout on a loaded machine. */
const BATCH = 5000;

/**
 * Writes every missing or stale read rank unless the store is marked complete; returns the seconds spent, or null when
 * nothing had to be done. Pages through papers and people by id, one transaction per batch, so an interrupted upgrade
 * keeps what it wrote and the next start finishes it. Run it before applySchema creates the rank indexes: populating
 * an index once is faster than updating it row by row.
 */
export async function ensureReadRanks(
  driver: Driver,
  database: string,
  log: (line: string) => void = () => {},
): Promise<number | null> {
  const { records } = await driver.executeQuery(cypher("upgrade/find-read-ranks"), {}, { database });
  const version = records[0]?.get("version") as unknown;
  if (version !== undefined && Number(version) >= READ_RANKS_VERSION) return null;
  const started = performance.now();
  log("writing read ranks on HAS_TOPIC, PUBLISHED_IN, WORKS_ON and AFFILIATED_WITH (once per store) …");
  for (const statement of ["upgrade/paper-ranks", "upgrade/person-ranks"]) {
    let after = "";
    let done = 0;
    for (;;) {
      const page = await driver.executeQuery(cypher(statement), { after, batch: neo4j.int(BATCH) }, { database });
      const size = Number(page.records[0]?.get("size") ?? 0);
      done += size;
      if (size < BATCH) break;
      after = page.records[0]!.get("last") as string;
      if (done % (BATCH * 40) === 0) log(`  ${statement.slice(8)}: ${done} nodes`);
    }
  }
  await driver.executeQuery(cypher("upgrade/mark-read-ranks"), { version: READ_RANKS_VERSION }, { database });
  const seconds = (performance.now() - started) / 1000;
  log(`read ranks written in ${seconds.toFixed(1)} s`);
  return seconds;
}
