/**
 * Writes parsed records to Neo4j in batches: one `UNWIND` statement and one transaction per batch, `MERGE` on ids,
 * so a batch either lands whole or not at all and running it again changes nothing.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { cypher } from "../server/neo4j/cypher.ts";
import { toNative } from "../server/neo4j/native.ts";
import { afterWriteBatch } from "./fault-injection.ts";
import type { PersonRecord, WorkRecord } from "./work-record.ts";

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

type Row = Record<string, unknown>;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

async function writeBatch(context: WriteContext, statement: string, params: Row): Promise<Row[]> {
  if (context.transaction) {
    const result = await context.transaction.run(cypher(statement), params);
    return result.records.map((record) => toNative(record.toObject()) as Row);
  }
  const session = context.driver.session({ database: context.database });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await tx.run(cypher(statement), params);
      return result.records.map((record) => toNative(record.toObject()) as Row);
    });
  } finally {
    await session.close();
  }
}

/** Runs `statement` once per batch of `items` (passed as `$<param>`), returning every batch's rows. */
export async function writeInBatches<T>(
  context: WriteContext,
  stage: string,
  statement: string,
  param: string,
  items: readonly T[],
): Promise<Row[]> {
  const rows: Row[] = [];
  let done = 0;
  for (const batch of chunk(items, context.batchSize)) {
    rows.push(...(await writeBatch(context, statement, { [param]: batch })));
    done += batch.length;
    context.onBatch?.(stage, done, items.length);
    afterWriteBatch();
  }
  return rows;
}

/** What re-imported works no longer link to: those nodes' derived edges and counters are stale until rebuilt. */
export interface Unlinked {
  authors: string[];
  topics: string[];
  /** Institutions on the authorships that were replaced (kept or not). */
  institutions: string[];
}

export async function upsertWorks(context: WriteContext, works: readonly WorkRecord[]): Promise<Unlinked> {
  const rows = await writeInBatches(context, "works", "import/upsert-works", "works", works);
  const ids = (key: string) => rows.flatMap((row) => (row[key] as string[] | undefined) ?? []);
  return { authors: ids("removedAuthors"), topics: ids("removedTopics"), institutions: ids("formerInstitutions") };
}

export async function upsertPeople(context: WriteContext, people: readonly PersonRecord[]): Promise<void> {
  await writeInBatches(context, "people", "import/upsert-people", "people", people);
}

export interface CitationResult {
  linked: number;
  /** Works that lost a citation in this run and need their count refreshed. */
  unlinked: string[];
}

export async function linkCitations(context: WriteContext, works: readonly WorkRecord[]): Promise<CitationResult> {
  const rows = await writeInBatches(
    context,
    "citations",
    "import/link-citations",
    "works",
    works.map((work) => ({ id: work.id, references: work.references })),
  );
  return {
    linked: rows.reduce((sum, row) => sum + Number(row.linked ?? 0), 0),
    unlinked: rows.flatMap((row) => (row.unlinked as string[] | undefined) ?? []),
  };
}

/** Recomputes every derived edge and counter of the given people from their authorships (exact, not incremental). */
export async function rebuildPeople(context: WriteContext, personIds: readonly string[]): Promise<void> {
  await writeInBatches(context, "clear derived", "import/clear-person-derived", "ids", personIds);
  await writeInBatches(context, "co-authors", "import/build-coauthors", "ids", personIds);
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
