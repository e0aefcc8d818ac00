/**
 * The validation pass over a whole input, before anything is written: records over the import limits and works whose
 * id is listed again are turned into skipped records (`file:line: reason`), so `--strict` refuses them all at once and
 * a normal run writes only what passed. The rule for a duplicated id: the LAST record wins (files in the order given,
 * lines in file order), and every earlier one is reported with the line that replaced it.
 */
import { basename } from "node:path";
import type { ParsedSource } from "../read-sources.ts";
import type { PersonRecord, SkippedRecord, WorkRecord } from "../work-record.ts";
import { personLimitViolation, workLimitViolation } from "./limits.ts";

export interface CheckedInput {
  /** Works to write: within the limits, one per id. */
  works: WorkRecord[];
  people: PersonRecord[];
  /** Parse failures, records over a limit and replaced duplicates, in file order. */
  skipped: SkippedRecord[];
}

interface Located {
  work: WorkRecord;
  file: string;
  line: number;
}

/** Checks every parsed source against the limits and for duplicated work ids (last wins). */
export function checkSources(sources: readonly ParsedSource[]): CheckedInput {
  const skipped: SkippedRecord[] = [];
  const byId = new Map<string, Located>();
  const people: PersonRecord[] = [];
  for (const source of sources) {
    const file = basename(source.file);
    skipped.push(...source.skipped);
    source.works.forEach((work, index) => {
      const line = source.workLines[index] ?? 0;
      const violation = workLimitViolation(work);
      if (violation) return skipped.push({ file, line, reason: violation });
      const earlier = byId.get(work.id);
      if (earlier) {
        skipped.push({
          file: earlier.file,
          line: earlier.line,
          reason: `duplicate work id ${work.id}: listed again at ${file}:${line}, which wins (the last record of an id is imported)`,
        });
      }
      byId.set(work.id, { work, file, line });
    });
    source.people.forEach((person, index) => {
      const violation = personLimitViolation(person);
      if (violation) skipped.push({ file, line: source.personLines[index] ?? 0, reason: violation });
      else people.push(person);
    });
  }
  return { works: [...byId.values()].map((located) => located.work), people, skipped };
}
