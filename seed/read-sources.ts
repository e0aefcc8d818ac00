/**
 * Reads import files, picks each one's format from its content (not its name) and parses it into WorkRecords.
 * Bad records are collected as `file:line: reason` and skipped; a file in no known format is an error.
 * Limits and duplicate ids are checked afterwards, over every file (seed/checks/check-sources.ts).
 */
import { basename } from "node:path";
import { decodeImportFile } from "./checks/decode.ts";
import { topLevelArrayPositions } from "./checks/json-positions.ts";
import { parseOpenAlexWork } from "./formats/openalex.ts";
import { parsePaperscapeLine } from "./formats/paperscape.ts";
import { parseSeedProfile } from "./formats/seed-profile.ts";
import { readInputBytes } from "./input-files.ts";
import type { ParsedBatch, SkippedRecord, WorkRecord } from "./work-record.ts";

export type SourceFormat = "paperscape-csv" | "openalex-jsonl" | "openalex-page" | "seed-profile";

export class UnknownFormatError extends Error {
  constructor(file: string, detail: string) {
    super(
      `${file}: unknown import format (${detail}); expected Paperscape CSV, OpenAlex JSONL/API page or a seed profile`,
    );
    this.name = "UnknownFormatError";
  }
}

/** A file whose format is known but whose structure is not what that format needs (exit 2, like an unknown format). */
export class MalformedFileError extends Error {
  constructor(file: string, line: number, detail: string) {
    super(`${basename(file)}:${line}: ${detail}`);
    this.name = "MalformedFileError";
  }
}

export interface ParsedSource extends ParsedBatch {
  file: string;
  format: SourceFormat;
  /** 1-based line where each of `works` starts (same order). */
  workLines: number[];
  /** 1-based line where each of `people` is given (same order). */
  personLines: number[];
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
      if ("works" in whole) return "seed-profile";
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
  const source: ParsedSource = emptySource(file, format);
  text.split("\n").forEach((line, index) => {
    const where = { file: basename(file), line: index + 1 };
    if (format === "paperscape-csv") {
      const result = parsePaperscapeLine(line);
      if (result.kind === "comment") return;
      source.read += 1;
      if (result.kind === "work") addWork(source, result.work, where.line);
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
    if (result.kind === "work") addWork(source, result.work, where.line);
    else source.skipped.push({ ...where, reason: result.reason });
  });
  return source;
}

function emptySource(file: string, format: SourceFormat): ParsedSource {
  return { file, format, works: [], workLines: [], people: [], personLines: [], skipped: [], read: 0 };
}

function addWork(source: ParsedSource, work: WorkRecord, line: number): void {
  source.works.push(work);
  source.workLines.push(line);
}

function parseSeedProfileDocument(file: string, text: string, document: Record<string, unknown>): ParsedSource {
  const { keyLine, elementLines } = topLevelArrayPositions(text, "works");
  if (!Array.isArray(document.works)) {
    const found = document.works === null ? "null" : typeof document.works;
    throw new MalformedFileError(file, keyLine, `seed profile: 'works' must be an array of works, found ${found}`);
  }
  const source = emptySource(file, "seed-profile");
  const { batch, issues } = parseSeedProfile(document);
  const refused = new Set(issues.map((issue) => issue.index));
  const lineOf = (index: number) => elementLines[index] ?? keyLine;
  document.works.forEach((_raw, index) => {
    if (!refused.has(index)) source.workLines.push(lineOf(index));
  });
  source.works = batch.works;
  source.people = batch.people;
  source.personLines = batch.people.map(() => topLevelArrayPositions(text, "researcher").keyLine);
  source.skipped = issues.map((issue) => ({
    file: basename(file),
    line: lineOf(issue.index),
    reason: `works[${issue.index}]: ${issue.reason}`,
  }));
  source.read = document.works.length;
  return source;
}

/** Parses the text of one import file. */
export function parseSource(file: string, text: string): ParsedSource {
  const format = detectFormat(text, file);
  if (format === "paperscape-csv" || format === "openalex-jsonl") return parseLines(file, text, format);
  const document = JSON.parse(text) as Record<string, unknown>;
  if (format === "seed-profile") return parseSeedProfileDocument(file, text, document);
  const source = emptySource(file, format);
  const { elementLines } = topLevelArrayPositions(text, "results");
  (document.results as unknown[]).forEach((raw, index) => {
    source.read += 1;
    const line = elementLines[index] ?? 1;
    const result = parseOpenAlexWork(raw);
    if (result.kind === "work") addWork(source, result.work, line);
    else source.skipped.push({ file: basename(file), line, reason: `results[${index}]: ${result.reason}` });
  });
  return source;
}

/**
 * Reads one import file (gunzipped first when its name ends in `.gz`; line numbers are those of the decompressed
 * text); `encoding` defaults to UTF-8 (see seed/checks/decode.ts).
 */
export function readSource(file: string, encoding?: string): ParsedSource {
  return parseSource(file, decodeImportFile(readInputBytes(file), file, encoding));
}
