/**
 * One import run: parse every file, then write works, citations and derived data in that order. Derived data is
 * rebuilt from scratch for every person, paper and topic the run touched, so a run that was killed midway and is run
 * again ends with exactly the graph of a clean run.
 */
import type { Driver } from "neo4j-driver";
import { basename } from "node:path";
import { applySchema } from "../server/neo4j/schema.ts";
import { refreshCounters, updateDerived, upsertPeople, type WriteContext } from "./graph-writer.ts";
import { linkCitations, upsertWorks, type CitationResult } from "./works-writer.ts";
import { checkSources } from "./checks/check-sources.ts";
import { coauthorPairs } from "./coauthor-pairs.ts";
import { readSource, type ParsedSource } from "./read-sources.ts";
import { beginRun, findUnfinishedRuns, type UnfinishedRun } from "./run-marker.ts";
import type { PersonRecord, SkippedRecord, WorkRecord } from "./work-record.ts";

export interface ImportOptions {
  driver: Driver;
  database: string;
  files: string[];
  batchSize?: number;
  /** Refuse to write anything when any record would be skipped. */
  strict?: boolean;
  /** Text encoding of every file (default UTF-8; see seed/checks/decode.ts). */
  encoding?: string;
  onFileParsed?: (source: ParsedSource) => void;
  /** Called before writing when earlier runs never finished (their marker is still in the graph). */
  onUnfinishedRuns?: (runs: UnfinishedRun[]) => void;
  onBatch?: WriteContext["onBatch"];
}

export class StrictImportError extends Error {
  constructor(readonly skipped: SkippedRecord[]) {
    super(`--strict: ${skipped.length} record(s) cannot be imported; nothing was written`);
    this.name = "StrictImportError";
  }
}

/** A run that failed after its first write: the graph is marked incomplete until the same files are imported again. */
export class ImportWriteError extends Error {
  constructor(cause: unknown) {
    super(
      `writing failed: ${(cause as Error).message}. The graph is marked incomplete (see /api/health); ` +
        "run the same import again to complete it",
      { cause },
    );
    this.name = "ImportWriteError";
  }
}

export interface ImportSummary {
  files: { file: string; format: string; read: number; works: number; skipped: number }[];
  read: number;
  /** Distinct works written (an id listed twice counts once: the last record wins, the earlier one is skipped). */
  written: number;
  skipped: SkippedRecord[];
  authorships: number;
  citationsLinked: number;
  /** References whose target is not in the graph. */
  danglingReferences: number;
  selfCitations: number;
  seconds: number;
}

/** Imports files into the graph; throws before writing anything when a file is unreadable or in no known format. */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const sources = options.files.map((file) => {
    const source = readSource(file, options.encoding);
    options.onFileParsed?.(source);
    return source;
  });
  const { works, people, skipped } = checkSources(sources);
  if (options.strict && skipped.length > 0) throw new StrictImportError(skipped);
  const context: WriteContext = {
    driver: options.driver,
    database: options.database,
    batchSize: options.batchSize ?? 1000,
    onBatch: options.onBatch,
  };

  const unfinished = await findUnfinishedRuns(options.driver, options.database);
  if (unfinished.length > 0) options.onUnfinishedRuns?.(unfinished);
  const endRun = await beginRun(options.driver, options.database, options.files);
  let written;
  try {
    written = await writeAll(context, works, people);
  } catch (error) {
    throw new ImportWriteError(error);
  }
  await endRun();
  return summarize(sources, works, skipped, started, written);
}

/** Writes works, citations, then every derived edge and counter the run touched. */
export async function writeAll(context: WriteContext, works: WorkRecord[], people: PersonRecord[]) {
  // Schema changes cannot share a transaction with data writes; in one (an upload) the running app has applied it.
  if (!context.transaction) await applySchema(context.driver, context.database);
  const unlinked = await upsertWorks(context, works);
  await upsertPeople(context, people);
  const citations = await linkCitations(context, works, unlinked.existing);

  const personIds = new Set<string>(unlinked.authors);
  const topicIds = new Set<string>(unlinked.topics);
  const institutionIds = new Set<string>(unlinked.institutions);
  const paperIds = new Set<string>(citations.unlinked);
  let selfCitations = 0;
  let listedReferences = 0;
  for (const work of works) {
    paperIds.add(work.id);
    for (const author of work.authors) {
      personIds.add(author.id);
      for (const institution of author.institutions) institutionIds.add(institution.id);
    }
    for (const topic of work.topics) topicIds.add(topic.id);
    for (const reference of work.references) {
      if (reference === work.id) selfCitations += 1;
      else listedReferences += 1;
      paperIds.add(reference);
    }
  }
  for (const person of people) personIds.add(person.id);
  const pairs = coauthorPairs(works.map((work) => work.authors.map((author) => author.id)));
  await updateDerived(context, [...personIds], pairs);
  await refreshCounters(context, { papers: [...paperIds], topics: [...topicIds], institutions: [...institutionIds] });
  return { citations, selfCitations, listedReferences };
}

function summarize(
  sources: ParsedSource[],
  works: WorkRecord[],
  skipped: SkippedRecord[],
  started: number,
  written: { citations: CitationResult; selfCitations: number; listedReferences: number },
): ImportSummary {
  const { citations, selfCitations, listedReferences } = written;
  return {
    files: sources.map((source) => ({
      file: source.file,
      format: source.format,
      read: source.read,
      works: source.works.length,
      skipped: skipped.filter((skip) => skip.file === basename(source.file)).length,
    })),
    read: sources.reduce((sum, source) => sum + source.read, 0),
    written: works.length,
    skipped,
    authorships: works.reduce((sum, work) => sum + work.authors.length, 0),
    citationsLinked: citations.linked,
    danglingReferences: listedReferences - citations.linked,
    selfCitations,
    seconds: (performance.now() - started) / 1000,
  };
}
