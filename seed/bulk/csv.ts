/**
 * CSV for Neo4j's bulk importer: every string quoted (inner quotes doubled), arrays joined by ARRAY_DELIMITER, null
 * as an empty unquoted field (the importer then stores no property). Rows are written in chunks, with back-pressure, so
 * a million rows never sit in memory.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import { createGzip, type Gzip } from "node:zlib";

export const ARRAY_DELIMITER = ";";

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** Thrown when a value cannot be written faithfully (an array element holding the array delimiter). */
export class CsvValueError extends Error {}

const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** Formats one field. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value.length === 0) return "";
  for (const item of value)
    if (item.includes(ARRAY_DELIMITER)) throw new CsvValueError(`list value '${item}' holds '${ARRAY_DELIMITER}'`);
  return quote(value.join(ARRAY_DELIMITER));
}

export interface CsvFile {
  path: string;
  rows: number;
  /** Whether a value held a line break (the importer then needs --multiline-fields). */
  multiline: boolean;
  write(values: readonly CsvValue[]): Promise<void> | void;
  /** Writes one row already formatted by csvRow (no line end). */
  writeLine(line: string): Promise<void> | void;
  close(): Promise<void>;
}

/** Writes one row, waiting only when the file asks for back-pressure (most rows cost no promise). */
export async function putRow(file: CsvFile, values: readonly CsvValue[]): Promise<void> {
  const pending = file.write(values);
  if (pending) await pending;
}

/** Rows are gathered into chunks of about this many characters: one stream write per chunk, not per row. */
const CHUNK_CHARS = 1 << 16;

/** Formats one row (no line end). */
export const csvRow = (values: readonly CsvValue[]): string => values.map(csvField).join(",");

/**
 * Opens a CSV file and writes its header line: plain text (cheapest for the offline importer, which reads plain files
 * in parallel) unless the path ends in `.gz`.
 */
export function openCsv(path: string, header: readonly string[]): CsvFile {
  const out = createWriteStream(path);
  const gzip: Writable = path.endsWith(".gz") ? createGzip({ level: 1 }) : out;
  if (gzip !== out) (gzip as Gzip).pipe(out);
  const done = finished(out);
  let pending = `${header.join(",")}\n`;
  const flush = (): Promise<void> | undefined => {
    const full = !gzip.write(pending);
    pending = "";
    if (full) return once(gzip, "drain").then(() => undefined);
  };
  const file: CsvFile = {
    path,
    rows: 0,
    multiline: false,
    write(values) {
      return file.writeLine(csvRow(values));
    },
    writeLine(line) {
      if (!file.multiline && /[\r\n]/.test(line)) file.multiline = true;
      file.rows += 1;
      pending += `${line}\n`;
      if (pending.length >= CHUNK_CHARS) return flush();
    },
    async close() {
      await flush();
      gzip.end();
      await done;
    },
  };
  return file;
}
