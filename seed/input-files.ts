/**
 * Import inputs as the user names them: files, gzipped files (`.gz`, as in an OpenAlex snapshot) and directories
 * (their importable files, sorted by name, not recursive). Gzipped files are decompressed as streams.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { gunzipSync, createGunzip } from "node:zlib";

const IMPORTABLE = /\.(csv|jsonl|json|txt)(\.gz)?$/i;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** Expands directories into their importable files (sorted); plain files pass through in the order given. */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new InputError(`${path}: no such file or directory`);
    }
    if (!stats.isDirectory()) return [path];
    const files = readdirSync(path)
      .filter((name) => IMPORTABLE.test(name) && statSync(join(path, name)).isFile())
      .sort()
      .map((name) => join(path, name));
    if (files.length === 0)
      throw new InputError(`${path}: directory holds no importable file (.csv, .jsonl, .json, .gz)`);
    return files;
  });
}

export const isGzipped = (file: string): boolean => /\.gz$/i.test(file);

/** The whole content of a file, gunzipped when its name ends in `.gz` (decoding is seed/checks/decode.ts's). */
export function readInputBytes(file: string): Buffer {
  const bytes = readFileSync(file);
  return isGzipped(file) ? gunzipSync(bytes) : bytes;
}

/** The lines of a file, streamed (and gunzipped when its name ends in `.gz`): memory stays bounded by one line. */
export function inputLines(file: string): AsyncIterable<string> {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const input = isGzipped(file) ? raw.pipe(createGunzip({ chunkSize: 1 << 18 })) : raw;
  raw.on("error", (error) => input.destroy(error));
  return createInterface({ input, crlfDelay: Infinity });
}
