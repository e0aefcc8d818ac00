/**
 * Reads one import file record by record for the bulk path, with the incremental path's checks (seed/checks/): OpenAlex
 * JSON lines in UTF-8 (plain or gzipped, the snapshot layout) are streamed a line at a time and each work is held to
 * the import limits; every other format or encoding is small and goes through readSource + checkSources whole.
 * Duplicate work ids are the collector's concern (the bulk path then steps aside for the incremental one).
 */
import { basename } from "node:path";
import { checkSources } from "../checks/check-sources.ts";
import { workLimitViolation } from "../checks/limits.ts";
import { parseOpenAlexWork } from "../formats/openalex.ts";
import { inputLines } from "../input-files.ts";
import { readSource, type SourceFormat } from "../read-sources.ts";
import type { PersonRecord, SkippedRecord, WorkRecord } from "../work-record.ts";

export interface RecordSink {
  work(work: WorkRecord): Promise<void>;
  person(person: PersonRecord): void;
  skip(record: SkippedRecord): void;
}

export interface StreamedFile {
  file: string;
  format: SourceFormat;
  read: number;
  works: number;
  skipped: number;
}

function looksLikeJsonLine(line: string): boolean {
  try {
    const first = JSON.parse(line) as Record<string, unknown>;
    return typeof first === "object" && first !== null && typeof first.id === "string" && !("results" in first);
  } catch {
    return false;
  }
}

/** Streams one file's records into `sink`. */
export async function streamSource(file: string, sink: RecordSink, encoding = "utf-8"): Promise<StreamedFile> {
  const result: StreamedFile = { file, format: "openalex-jsonl", read: 0, works: 0, skipped: 0 };
  let lineNumber = 0;
  let streaming: boolean | null = null;
  for await (const raw of inputLines(file)) {
    lineNumber += 1;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    streaming ??= encoding.toLowerCase().replace("_", "-") === "utf-8" && looksLikeJsonLine(line);
    if (!streaming) break;
    // A replacement character means bytes that are not UTF-8 (or a real U+FFFD): readSource decides, and throws
    // EncodingError naming file:line when the file is not UTF-8.
    if (line.includes("\uFFFD")) readSource(file, encoding);
    result.read += 1;
    let parsed;
    try {
      parsed = parseOpenAlexWork(JSON.parse(line));
    } catch (error) {
      sink.skip({ file: basename(file), line: lineNumber, reason: `invalid JSON (${(error as Error).message})` });
      result.skipped += 1;
      continue;
    }
    const reason = parsed.kind === "skip" ? parsed.reason : workLimitViolation(parsed.work);
    if (reason !== null || parsed.kind === "skip") {
      sink.skip({ file: basename(file), line: lineNumber, reason: reason ?? "" });
      result.skipped += 1;
    } else {
      await sink.work(parsed.work);
      result.works += 1;
    }
  }
  if (streaming !== false) return result;
  const source = readSource(file, encoding);
  const checked = checkSources([source]);
  for (const work of checked.works) await sink.work(work);
  for (const person of checked.people) sink.person(person);
  for (const skipped of checked.skipped) sink.skip(skipped);
  return {
    file,
    format: source.format,
    read: source.read,
    works: checked.works.length,
    skipped: checked.skipped.length,
  };
}
