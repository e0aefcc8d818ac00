/**
 * One import run: parse every file, then write works, citations and derived data in that order. Derived data is
 * rebuilt from scratch for every person, paper and topic the run touched, so a run that was killed midway and is run
 * again ends with exactly the graph of a clean run.
 */
import type { Driver } from "neo4j-driver";
import { applySchema } from "../server/neo4j/schema.ts";
import {
  linkCitations,
  rebuildPeople,
  refreshCounters,
  upsertPeople,
  upsertWorks,
  type WriteContext,
} from "./graph-writer.ts";
import { readSource, type ParsedSource } from "./read-sources.ts";
import type { SkippedRecord, WorkRecord } from "./work-record.ts";

export interface ImportOptions {
  driver: Driver;
  database: string;
  files: string[];
  batchSize?: number;
  /** Refuse to write anything when any record would be skipped. */
  strict?: boolean;
  onFileParsed?: (source: ParsedSource) => void;
  onBatch?: WriteContext["onBatch"];
}

export class StrictImportError extends Error {
  constructor(readonly skipped: SkippedRecord[]) {
    super(`--strict: ${skipped.length} record(s) cannot be imported; nothing was written`);
    this.name = "StrictImportError";
  }
}

export interface ImportSummary {
  files: { file: string; format: string; read: number; works: number; skipped: number }[];
  read: number;
  /** Distinct works written (a work listed in two files counts once: the later file wins). */
  written: number;
  skipped: SkippedRecord[];
  authorships: number;
  citationsLinked: number;
  /** References whose target is not in the graph. */
  danglingReferences: number;
  selfCitations: number;
  seconds: number;
}

function uniqueWorks(sources: ParsedSource[]): WorkRecord[] {
  const byId = new Map<string, WorkRecord>();
  for (const source of sources) for (const work of source.works) byId.set(work.id, work);
  return [...byId.values()];
}

/** Imports files into the graph; throws before writing anything when a file is unreadable or in no known format. */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const sources = options.files.map((file) => {
    const source = readSource(file);
    options.onFileParsed?.(source);
    return source;
  });
  const skipped = sources.flatMap((source) => source.skipped);
  if (options.strict && skipped.length > 0) throw new StrictImportError(skipped);
  const works = uniqueWorks(sources);
  const people = sources.flatMap((source) => source.people);
  const context: WriteContext = {
    driver: options.driver,
    database: options.database,
    batchSize: options.batchSize ?? 1000,
    onBatch: options.onBatch,
  };

  await applySchema(options.driver, options.database);
  const unlinked = await upsertWorks(context, works);
  await upsertPeople(context, people);
  const citations = await linkCitations(context, works);

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
  await rebuildPeople(context, [...personIds]);
  await refreshCounters(context, { papers: [...paperIds], topics: [...topicIds], institutions: [...institutionIds] });

  return {
    files: sources.map((source) => ({
      file: source.file,
      format: source.format,
      read: source.read,
      works: source.works.length,
      skipped: source.skipped.length,
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
