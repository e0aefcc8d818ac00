/**
 * CSV for Neo4j's bulk importer: every string quoted (inner quotes doubled), arrays joined by ARRAY_DELIMITER, null
 * as an empty unquoted field (the importer then stores no property). Files are gzipped as they are written, with
 * back-pressure, so a million rows never sit in memory.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
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
  close(): Promise<void>;
}

/** Writes one row, waiting only when the file asks for back-pressure (most rows cost no promise). */
export async function putRow(file: CsvFile, values: readonly CsvValue[]): Promise<void> {
  const pending = file.write(values);
  if (pending) await pending;
}

/** Opens a gzipped CSV file and writes its header line. */
export function openCsv(path: string, header: readonly string[]): CsvFile {
  const gzip: Gzip = createGzip({ level: 1 });
  const out = createWriteStream(path);
  gzip.pipe(out);
  const done = finished(out);
  gzip.write(`${header.join(",")}\n`);
  const file: CsvFile = {
    path,
    rows: 0,
    multiline: false,
    write(values) {
      const line = values.map(csvField).join(",");
      if (!file.multiline && /[\r\n]/.test(line)) file.multiline = true;
      file.rows += 1;
      if (!gzip.write(`${line}\n`)) return once(gzip, "drain").then(() => undefined);
    },
    async close() {
      gzip.end();
      await done;
    },
  };
  return file;
}
