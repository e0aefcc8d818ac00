/**
 * One bibliography import (BibTeX, RIS): read and check every file, match the entries to the graph (match.ts), then
 * write the added works with the importer's own statements, between the same run markers as any import (a run that
 * dies is completed by running it again). Matched works are not changed. Idempotent: added works get ids from their
 * DOI, arXiv id or title, so a second run matches them all and writes nothing.
 */
import type { Driver } from "neo4j-driver";
import { cypher } from "../../server/neo4j/cypher.ts";
import { toNative } from "../../server/neo4j/native.ts";
import { workLimitViolation } from "../checks/limits.ts";
import type { WriteContext } from "../graph-writer.ts";
import { ImportWriteError, StrictImportError, writeAll } from "../import.ts";
import { beginRun } from "../run-marker.ts";
import type { SkippedRecord, WorkRecord } from "../work-record.ts";
import { lookupCandidates, lookupPeople, type ReadRows } from "./lookup.ts";
import { decide, type Decision } from "./match.ts";
import { readBibliographies, type LocatedEntry } from "./read.ts";
import { toWorkRecord } from "./to-works.ts";

export interface BibImportOptions {
  driver: Driver;
  database: string;
  files: string[];
  strict?: boolean;
  encoding?: string;
  batchSize?: number;
  onBatch?: WriteContext["onBatch"];
}

export interface LocatedDecision {
  file: string;
  line: number;
  key: string | null;
  title: string;
  /** The work matched or added (paper id), or the candidates of an ambiguous entry. */
  workIds: string[];
  by?: string;
}

export interface BibImportSummary {
  files: { file: string; format: string; read: number; entries: number }[];
  read: number;
  matched: LocatedDecision[];
  added: LocatedDecision[];
  ambiguous: LocatedDecision[];
  skipped: SkippedRecord[];
  /** Distinct works written (added entries; one per id). */
  written: number;
  seconds: number;
}

const located = (decision: Decision, workIds: string[], by?: string): LocatedDecision => {
  const entry = decision.entry as LocatedEntry;
  return { file: entry.file, line: entry.line, key: entry.key, title: entry.title, workIds, by };
};

/** Matches entries and builds the records to write (reads only). */
export async function planBibliographyImport(
  read: ReadRows,
  entries: readonly LocatedEntry[],
): Promise<{ decisions: Decision[]; works: WorkRecord[]; skipped: SkippedRecord[] }> {
  const decisions = decide(entries, await lookupCandidates(read, entries));
  const toAdd = decisions.filter((d): d is Extract<Decision, { kind: "added" }> => d.kind === "added");
  const people = await lookupPeople(
    read,
    toAdd.flatMap((d) => d.entry.authors),
  );
  const byId = new Map<string, WorkRecord>();
  const skipped: SkippedRecord[] = [];
  for (const decision of toAdd) {
    const entry = decision.entry as LocatedEntry;
    const work = toWorkRecord(entry, decision.workId, people, "bibliography");
    const violation = workLimitViolation(work);
    if (violation) skipped.push({ file: entry.file, line: entry.line, reason: violation });
    else byId.set(work.id, work);
  }
  return { decisions, works: [...byId.values()], skipped };
}

function summarize(decisions: Decision[]) {
  return {
    matched: decisions.flatMap((d) => (d.kind === "matched" ? [located(d, [d.workId], d.by)] : [])),
    added: decisions.flatMap((d) => (d.kind === "added" ? [located(d, [d.workId])] : [])),
    ambiguous: decisions.flatMap((d) => (d.kind === "ambiguous" ? [located(d, d.candidates, d.by)] : [])),
  };
}

/** Imports BibTeX and RIS files into the graph (the CLI's path for them). */
export async function runBibliographyImport(options: BibImportOptions): Promise<BibImportSummary> {
  const started = performance.now();
  const input = readBibliographies(
    options.files.map((file) => ({ file })),
    options.encoding,
  );
  if (options.strict && input.skipped.length > 0) throw new StrictImportError(input.skipped);
  const read: ReadRows = async (statement, params) => {
    const { records } = await options.driver.executeQuery(cypher(statement), params, {
      database: options.database,
      routing: "READ",
    });
    return records.map((record) => toNative(record.toObject()) as Record<string, unknown>);
  };
  options.onBatch?.("match", 0, input.entries.length);
  const plan = await planBibliographyImport(read, input.entries);
  options.onBatch?.("match", input.entries.length, input.entries.length);
  const skipped = [...input.skipped, ...plan.skipped];
  if (options.strict && skipped.length > 0) throw new StrictImportError(skipped);
  if (plan.works.length > 0) {
    const endRun = await beginRun(options.driver, options.database, options.files);
    const context: WriteContext = {
      driver: options.driver,
      database: options.database,
      batchSize: options.batchSize ?? 1000,
      onBatch: options.onBatch,
    };
    try {
      await writeAll(context, plan.works, []);
    } catch (error) {
      throw new ImportWriteError(error);
    }
    await endRun();
  }
  return {
    files: input.files,
    read: input.read,
    ...summarize(plan.decisions),
    skipped,
    written: plan.works.length,
    seconds: (performance.now() - started) / 1000,
  };
}
