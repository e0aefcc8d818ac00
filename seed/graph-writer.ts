/**
 * Writes parsed records to Neo4j in batches: one `UNWIND` statement and one transaction per batch, `MERGE` on ids,
 * so a batch either lands whole or not at all and running it again changes nothing.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { cypher } from "../server/neo4j/cypher.ts";
import { toNative } from "../server/neo4j/native.ts";
import { afterWriteBatch } from "./fault-injection.ts";
import type { PersonRecord } from "./work-record.ts";
import { COAUTHOR_MAX_AUTHORS, type PersonPair } from "./coauthor-pairs.ts";

/** The hyper-authorship rule as the co-author statements' `$maxAuthors`. */
const MAX_AUTHORS = { maxAuthors: COAUTHOR_MAX_AUTHORS };

export interface WriteContext {
  driver: Driver;
  database: string;
  batchSize: number;
  /** Called after each batch with the number of items just written. */
  onBatch?: (stage: string, done: number, total: number) => void;
  /**
   * Write every batch inside this one transaction instead of one transaction per batch: the whole write then lands
   * or not at all (the import page's uploads). The caller commits it.
   */
  transaction?: ManagedTransaction;
}

export type Row = Record<string, unknown>;

/**
 * Splits `items` into batches of at most `size` items and, when `weigh` is given, at most `maxWeight` weight (an item
 * heavier than that goes alone): a batch of hyper-authored works must not become one transaction of millions of rows.
 */
export function chunk<T>(items: readonly T[], size: number, weigh?: (item: T) => number, maxWeight = Infinity): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let weight = 0;
  for (const item of items) {
    const itemWeight = weigh ? weigh(item) : 0;
    if (current.length > 0 && (current.length >= size || weight + itemWeight > maxWeight)) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
    current.push(item);
    weight += itemWeight;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Most rows (authorships, references) one work batch may write in its transaction. */
export const MAX_ROWS_PER_BATCH = 50_000;

/** Runs one statement, returning its rows as native values. */
export type RunStatement = (statement: string, params: Row) => Promise<Row[]>;

/**
 * Runs `work` in one transaction (the context's own when it has one): every statement `work` runs through `run`
 * lands together or not at all.
 */
export async function inTransaction<R>(context: WriteContext, work: (run: RunStatement) => Promise<R>): Promise<R> {
  const runIn =
    (tx: ManagedTransaction): RunStatement =>
    async (statement, params) => {
      const result = await tx.run(cypher(statement), params);
      return result.records.map((record) => toNative(record.toObject()) as Row);
    };
  if (context.transaction) return work(runIn(context.transaction));
  const session = context.driver.session({ database: context.database });
  try {
    return await session.executeWrite((tx) => work(runIn(tx)));
  } finally {
    await session.close();
  }
}

const writeBatch = (context: WriteContext, statement: string, params: Row): Promise<Row[]> =>
  inTransaction(context, (run) => run(statement, params));

/**
 * Runs `statement` once per batch of `items` (passed as `$<param>`, beside `extra`; batches weighed by `weigh` against
 * MAX_ROWS_PER_BATCH), returning every batch's rows.
 */
export async function writeInBatches<T>(
  context: WriteContext,
  stage: string,
  statement: string,
  param: string,
  items: readonly T[],
  extra: Row = {},
  weigh?: (item: T) => number,
): Promise<Row[]> {
  const rows: Row[] = [];
  let done = 0;
  for (const batch of chunk(items, context.batchSize, weigh, MAX_ROWS_PER_BATCH)) {
    rows.push(...(await writeBatch(context, statement, { ...extra, [param]: batch })));
    done += batch.length;
    context.onBatch?.(stage, done, items.length);
    afterWriteBatch();
  }
  return rows;
}

/** Sets the profile facts of the people some sources describe (the seed profile). */
export async function upsertPeople(context: WriteContext, people: readonly PersonRecord[]): Promise<void> {
  await writeInBatches(context, "people", "import/upsert-people", "people", people);
}

/**
 * Recomputes every derived edge and counter of the given people from their authorships, all their co-author pairs
 * included (exact, not incremental: for data removed outside an import).
 */
export async function rebuildPeople(context: WriteContext, personIds: readonly string[]): Promise<void> {
  await writeInBatches(context, "clear co-authors", "import/clear-person-coauthors", "ids", personIds);
  await writeInBatches(context, "co-authors", "import/build-coauthors", "ids", personIds, MAX_AUTHORS);
  await rebuildPersonLinks(context, personIds);
}

/**
 * What an import run changed: the COAUTHOR edges of exactly `pairs` (the pairs among each written work's authors,
 * seed/coauthor-pairs.ts), every pair of the people upsert-works labelled StaleCoauthors (they lost an authorship, in
 * this run or a killed one), then the WORKS_ON and AFFILIATED_WITH edges and counters of everyone touched (each linear
 * in that person's works). Returns the stale people (touched too).
 */
export async function updateDerived(
  context: WriteContext,
  personIds: readonly string[],
  pairs: readonly PersonPair[],
): Promise<string[]> {
  const stale = (await writeBatch(context, "import/find-stale-coauthors", {})).map((row) => row.id as string);
  await writeInBatches(context, "co-authors", "import/build-coauthor-pairs", "pairs", pairs, MAX_AUTHORS);
  if (stale.length > 0) {
    await writeInBatches(context, "clear co-authors", "import/clear-person-coauthors", "ids", stale);
    await writeInBatches(context, "stale co-authors", "import/build-coauthors", "ids", stale, MAX_AUTHORS);
  }
  const touched = [...new Set([...personIds, ...stale])];
  await rebuildPersonLinks(context, touched);
  await writeInBatches(context, "unmark stale", "import/unmark-stale-coauthors", "ids", stale);
  return stale;
}

async function rebuildPersonLinks(context: WriteContext, personIds: readonly string[]): Promise<void> {
  await writeInBatches(context, "person topics", "import/build-works-on", "ids", personIds);
  await writeInBatches(context, "affiliations", "import/build-affiliations", "ids", personIds);
  await writeInBatches(context, "person stats", "import/update-person-stats", "ids", personIds);
}

export async function refreshCounters(
  context: WriteContext,
  ids: { papers: readonly string[]; topics: readonly string[]; institutions: readonly string[] },
): Promise<void> {
  await writeInBatches(context, "citation counts", "import/update-paper-citations", "ids", ids.papers);
  await writeInBatches(context, "topic stats", "import/update-topic-stats", "ids", ids.topics);
  await writeInBatches(context, "institution stats", "import/update-institution-stats", "ids", ids.institutions);
}
