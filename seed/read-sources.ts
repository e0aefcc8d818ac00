/**
 * Reads import files, picks each one's format from its content (not its name) and parses it into WorkRecords.
 * Bad records are collected as `file:line: reason` and skipped; a file in no known format is an error.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseOpenAlexWork } from "./formats/openalex.ts";
import { parsePaperscapeLine } from "./formats/paperscape.ts";
import { parseSeedProfile } from "./formats/seed-profile.ts";
import type { ParsedBatch, SkippedRecord } from "./work-record.ts";

export type SourceFormat = "paperscape-csv" | "openalex-jsonl" | "openalex-page" | "seed-profile";

export class UnknownFormatError extends Error {
  constructor(file: string, detail: string) {
    super(
      `${file}: unknown import format (${detail}); expected Paperscape CSV, OpenAlex JSONL/API page or a seed profile`,
    );
    this.name = "UnknownFormatError";
  }
}

export interface ParsedSource extends ParsedBatch {
  file: string;
  format: SourceFormat;
  skipped: SkippedRecord[];
  /** Records read (lines or JSON objects that are not comments). */
  read: number;
}

const PAPERSCAPE_LINE = /^[a-z-]+(\.[A-Z]{2})?\/\d{7};/;

/** Picks the format of a file from its text. */
export function detectFormat(text: string, file: string): SourceFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const whole = JSON.parse(trimmed) as Record<string, unknown>;
      if (Array.isArray(whole.results)) return "openalex-page";
      if (Array.isArray(whole.works)) return "seed-profile";
      if (typeof whole.id === "string") return "openalex-jsonl";
    } catch {
      // Not one JSON document: JSON lines are checked below.
    }
    const firstLine = trimmed.slice(0, trimmed.indexOf("\n") >>> 0);
    try {
      const first = JSON.parse(firstLine) as Record<string, unknown>;
      if (typeof first === "object" && first !== null && "id" in first) return "openalex-jsonl";
    } catch {
      throw new UnknownFormatError(file, "first line is not JSON");
    }
  }
  const firstData = text.split("\n").find((line) => line.trim() !== "" && !line.startsWith("#"));
  if (firstData !== undefined && PAPERSCAPE_LINE.test(firstData)) return "paperscape-csv";
  throw new UnknownFormatError(file, "no recognizable record");
}

function parseLines(file: string, text: string, format: "paperscape-csv" | "openalex-jsonl"): ParsedSource {
  const source: ParsedSource = { file, format, works: [], people: [], skipped: [], read: 0 };
  text.split("\n").forEach((line, index) => {
    const where = { file: basename(file), line: index + 1 };
    if (format === "paperscape-csv") {
      const result = parsePaperscapeLine(line);
      if (result.kind === "comment") return;
      source.read += 1;
      if (result.kind === "work") source.works.push(result.work);
      else source.skipped.push({ ...where, reason: result.reason });
      return;
    }
    if (line.trim() === "") return;
    source.read += 1;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      source.skipped.push({ ...where, reason: `invalid JSON (${(error as Error).message})` });
      return;
    }
    const result = parseOpenAlexWork(raw);
    if (result.kind === "work") source.works.push(result.work);
    else source.skipped.push({ ...where, reason: result.reason });
  });
  return source;
}

/** Parses the text of one import file. */
export function parseSource(file: string, text: string): ParsedSource {
  const format = detectFormat(text, file);
  if (format === "paperscape-csv" || format === "openalex-jsonl") return parseLines(file, text, format);
  const document = JSON.parse(text) as Record<string, unknown>;
  if (format === "seed-profile") {
    const { batch, issues } = parseSeedProfile(document);
    const skipped = issues.map((issue) => ({
      file: basename(file),
      line: 0,
      reason: `works[${issue.index}]: ${issue.reason}`,
    }));
    return { file, format, ...batch, skipped, read: batch.works.length + issues.length };
  }
  const source: ParsedSource = { file, format, works: [], people: [], skipped: [], read: 0 };
  (document.results as unknown[]).forEach((raw, index) => {
    source.read += 1;
    const result = parseOpenAlexWork(raw);
    if (result.kind === "work") source.works.push(result.work);
    else source.skipped.push({ file: basename(file), line: 0, reason: `results[${index}]: ${result.reason}` });
  });
  return source;
}

export function readSource(file: string): ParsedSource {
  return parseSource(file, readFileSync(file, "utf8"));
}
