/**
 * Writes works and their citations on the incremental path: per batch of works one transaction of flat statements
 * (papers, people, institutions, topics, venues, then the relationships; seed/work-rows.ts), so a batch lands whole
 * or not at all and running it again changes nothing. Only works already in the graph before their batch go through
 * replace-work-links.cypher (what a re-imported work no longer lists); new works have nothing to replace.
 */
import { afterWriteBatch } from "./fault-injection.ts";
import { COAUTHOR_MAX_AUTHORS } from "./coauthor-pairs.ts";
import {
  chunk,
  inTransaction,
  MAX_ROWS_PER_BATCH,
  type Row,
  type RunStatement,
  type WriteContext,
} from "./graph-writer.ts";
import { citationRows, replacedLinks, workRows } from "./work-rows.ts";
import type { WorkRecord } from "./work-record.ts";

/** What re-imported works no longer link to: those nodes' derived edges and counters are stale until rebuilt. */
export interface Unlinked {
  authors: string[];
  topics: string[];
  /** Institutions on the authorships that were replaced (kept or not). */
  institutions: string[];
  /** Works that were in the graph before this run wrote them: only they can hold citations to replace. */
  existing: Set<string>;
}

const rowsOf = (work: WorkRecord): number => work.authors.length + work.references.length;

/** Runs `statement` with `$<param>` = `rows` unless there are none. */
async function runRows(run: RunStatement, statement: string, param: string, rows: readonly unknown[], extra?: Row) {
  return rows.length === 0 ? [] : run(statement, { ...extra, [param]: rows });
}

async function writeWorkBatch(run: RunStatement, batch: WorkRecord[], unlinked: Unlinked): Promise<void> {
  const stored = await run("import/find-papers", { ids: batch.map((work) => work.id) });
  if (stored.length > 0) {
    const authorCounts = new Map(stored.map((row) => [row.id as string, row.authorCount as number | null]));
    const replaced = batch
      .filter((work) => authorCounts.has(work.id))
      .map((work) => replacedLinks(work, authorCounts.get(work.id) ?? null, COAUTHOR_MAX_AUTHORS));
    const [removed] = await run("import/replace-work-links", { works: replaced });
    unlinked.authors.push(...((removed?.removedAuthors as string[] | undefined) ?? []));
    unlinked.topics.push(...((removed?.removedTopics as string[] | undefined) ?? []));
    unlinked.institutions.push(...((removed?.formerInstitutions as string[] | undefined) ?? []));
    for (const work of replaced) unlinked.existing.add(work.id);
  }
  const rows = workRows(batch);
  await runRows(run, "import/upsert-papers", "papers", rows.papers);
  await runRows(run, "import/upsert-authors", "people", rows.people);
  await runRows(run, "import/upsert-institutions", "institutions", rows.institutions);
  await runRows(run, "import/upsert-topics", "topics", rows.topics);
  await runRows(run, "import/upsert-venues", "venues", rows.venues);
  await runRows(run, "import/link-authorships", "rows", rows.authorships);
  await runRows(run, "import/link-topics", "rows", rows.topicLinks);
  await runRows(run, "import/link-venues", "rows", rows.venueLinks);
}

/** Upserts works with their authorships, topics and venue, replacing what a re-imported work no longer lists. */
export async function upsertWorks(context: WriteContext, works: readonly WorkRecord[]): Promise<Unlinked> {
  const unlinked: Unlinked = { authors: [], topics: [], institutions: [], existing: new Set() };
  let done = 0;
  for (const batch of chunk(works, context.batchSize, rowsOf, MAX_ROWS_PER_BATCH)) {
    await inTransaction(context, (run) => writeWorkBatch(run, batch, unlinked));
    done += batch.length;
    context.onBatch?.("works", done, works.length);
    afterWriteBatch();
  }
  return unlinked;
}

export interface CitationResult {
  linked: number;
  /** Works that lost a citation in this run and need their count refreshed. */
  unlinked: string[];
}

/**
 * Links each work to the works it cites that exist in the graph; for works in `existing` first removes the citations
 * they no longer list.
 */
export async function linkCitations(
  context: WriteContext,
  works: readonly WorkRecord[],
  existing: ReadonlySet<string>,
): Promise<CitationResult> {
  const result: CitationResult = { linked: 0, unlinked: [] };
  let done = 0;
  for (const batch of chunk(works, context.batchSize, rowsOf, MAX_ROWS_PER_BATCH)) {
    await inTransaction(context, async (run) => {
      const replaced = batch.filter((work) => existing.has(work.id));
      const [removed] = await runRows(run, "import/unlink-citations", "works", replaced);
      const [linked] = await runRows(run, "import/link-citations", "rows", citationRows(batch));
      result.unlinked.push(...((removed?.unlinked as string[] | undefined) ?? []));
      result.linked += Number(linked?.linked ?? 0);
    });
    done += batch.length;
    context.onBatch?.("citations", done, works.length);
    afterWriteBatch();
  }
  return result;
}
