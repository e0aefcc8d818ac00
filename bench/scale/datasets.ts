/**
 * The data sets of `npm run bench:scale`: the demo (33k works) and synthetic modern fields of any size, generated
 * once and cached by seed and size under .data/synth/, each imported into its own store under .data/bench-scale/
 * with the bulk path (import time measured), plus an incremental import into the filled store (rate measured).
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { DuplicateWorkError } from "../../seed/bulk/collector.ts";
import { runBulkImport } from "../../seed/bulk/bulk-import.ts";
import { demoFiles } from "../../seed/demo-data.ts";
import { runImport } from "../../seed/import.ts";
import { expandInputs, inputLines } from "../../seed/input-files.ts";
import { generate } from "../../seed/synth/generate.ts";
import { PROFILES } from "../../seed/synth/profiles.ts";
import { createDriver } from "../../server/neo4j/driver.ts";

const ROOT = new URL("../../.data/", import.meta.url).pathname;
const SEED = 42;

export interface ImportMeasure {
  path: "bulk" | "incremental";
  seconds: number;
  works: number;
  authorships: number;
  authorshipsPerSecond: number;
  stages?: Record<string, number>;
}

export interface PreparedStore {
  label: string;
  works: number;
  dataDir: string;
  files: string[];
  synthSeconds: number | null;
  imports: ImportMeasure[];
}

/** "33k" → 33_000, "1m" → 1_000_000. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`bench:scale: invalid size '${text}' (e.g. 33k, 100k, 1m)`);
  const factor = { "": 1, k: 1000, m: 1_000_000 }[match[2]!.toLowerCase() as "" | "k" | "m"];
  return Math.round(Number(match[1]) * factor);
}

export function directorySize(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + directorySize(join(path, name)), 0);
}

async function synthFiles(
  works: number,
  log: (line: string) => void,
): Promise<{ files: string[]; seconds: number | null }> {
  const dir = join(ROOT, "synth", `modern-s${SEED}-${works}`);
  const marker = join(dir, "complete.json");
  if (existsSync(marker)) return { files: expandInputs([dir]).filter((file) => file.endsWith(".gz")), seconds: null };
  log(`generating ${works} modern works (seed ${SEED}) into ${dir} …`);
  const result = await generate({ works, seed: SEED, out: dir, profile: PROFILES.modern });
  writeFileSync(marker, JSON.stringify({ works, seed: SEED, seconds: result.seconds }));
  return { files: result.files, seconds: result.seconds };
}

/** The first `count` lines of a JSON-lines file, as a new file (the incremental-rate sample). */
async function sampleOf(files: string[], count: number, out: string): Promise<string> {
  const stream = createWriteStream(out);
  let written = 0;
  for await (const line of inputLines(files[0]!)) {
    if (written === count) break;
    stream.write(`${line}\n`);
    written += 1;
  }
  stream.end();
  await finished(stream);
  return out;
}

async function incrementalInto(dataDir: string, files: string[]): Promise<ImportMeasure> {
  const db = await startEmbeddedNeo4j({ dataDir, port: 0 });
  const driver = createDriver({ uri: db.uri, username: db.username, password: db.password, database: "neo4j" });
  try {
    const summary = await runImport({ driver, database: "neo4j", files });
    return {
      path: "incremental",
      seconds: summary.seconds,
      works: summary.written,
      authorships: summary.authorships,
      authorshipsPerSecond: summary.authorships / summary.seconds,
    };
  } finally {
    await driver.close();
    await db.stop();
  }
}

/** Generates (cached) and imports one data set; `reuse` keeps a store imported by an earlier run. */
export async function prepareStore(size: string, reuse: boolean, log: (line: string) => void): Promise<PreparedStore> {
  const demo = size === "33k" || size === "demo";
  const works = demo ? 33_697 : parseSize(size);
  const label = demo ? "33k (demo)" : size;
  const dataDir = join(ROOT, "bench-scale", demo ? "demo" : `modern-s${SEED}-${works}`);
  const record = join(dataDir, "bench-import.json");
  const { files, seconds: synthSeconds } = demo ? { files: demoFiles(), seconds: null } : await synthFiles(works, log);
  if (reuse && existsSync(record)) return JSON.parse(readFileSync(record, "utf8")) as PreparedStore;
  rmSync(dataDir, { recursive: true, force: true });
  const imports: ImportMeasure[] = [];
  log(`importing ${label} into ${dataDir} (bulk path) …`);
  try {
    const bulk = await runBulkImport({ dataDir, files, onStage: (stage, s) => log(`  ${stage} ${s.toFixed(1)} s`) });
    imports.push({
      path: "bulk",
      seconds: bulk.seconds,
      works: bulk.written,
      authorships: bulk.authorships,
      authorshipsPerSecond: bulk.authorships / bulk.seconds,
      stages: bulk.stages,
    });
  } catch (error) {
    if (!(error instanceof DuplicateWorkError)) throw error;
    log(`  ${error.message}: incremental path instead`);
    imports.push(await incrementalInto(dataDir, files));
  }
  const sample = demo
    ? files.filter((file) => file.endsWith("pscp-1992.csv"))
    : [await sampleOf(files, 2000, join(dataDir, "incremental-sample.jsonl"))];
  log(`incremental import of ${sample.join(", ")} into the filled store …`);
  imports.push(await incrementalInto(dataDir, sample));
  const prepared: PreparedStore = { label, works, dataDir, files, synthSeconds, imports };
  writeFileSync(record, JSON.stringify(prepared, null, 2));
  return prepared;
}
