/**
 * Backups of the embedded store in Neo4j's own dump format, through the admin tool that ships in the resolved jars
 * (`neo4j-admin database dump|load`, org.neo4j.cli.AdminTool), so a dump made here loads into another Neo4j 5 (5.26 or
 * later) with its own `neo4j-admin database load`, and the reverse. The store must not be in use while this runs.
 */
import { execFile, spawn } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { JVM_FLAGS } from "./embedded-neo4j.ts";
import { resolveClasspath } from "./resolve.ts";

const DATABASE = "neo4j";
const TOOL_HEAP_MB = 1024;

/** A refused or failed backup; `exitCode` 2 for a refusal before anything ran (store in use, would overwrite...). */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = "BackupError";
  }
}

export interface BackupOptions {
  /** The embedded Neo4j's store (RGE_DATA_DIR). */
  dataDir: string;
  /** The dump file to write or read. */
  file: string;
  /** Dump: overwrite an existing file. Load: replace a store that already holds a database. */
  force?: boolean;
}

const storeDir = (dataDir: string) => join(dataDir, "data", "databases", DATABASE);
const hasStore = (dataDir: string) => existsSync(storeDir(dataDir)) && readdirSync(storeDir(dataDir)).length > 0;

/** Whether one of our launchers (db/Launcher.java) runs on `dataDir`: the admin tool must not touch a live store. */
async function launcherRunningOn(dataDir: string): Promise<boolean> {
  try {
    const { stdout } = await promisify(execFile)("ps", ["-eo", "args="], { maxBuffer: 16 * 1024 * 1024 });
    return stdout.split("\n").some((args) => / Launcher /.test(args) && args.includes(` ${dataDir} `));
  } catch {
    return false; // no ps: the admin tool's own lock check still refuses a store in use
  }
}

const inUse = (dataDir: string) =>
  new BackupError(`the embedded Neo4j is running on ${dataDir}: stop it (npm start, npm run db:start) first`, 2);

/** Runs the admin tool with the store as NEO4J_HOME; stdin/stdout may carry the dump. */
async function adminTool(
  dataDir: string,
  args: string[],
  io: { stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream },
): Promise<void> {
  const { classpath } = await resolveClasspath();
  const child = spawn(
    "java",
    [`-Xmx${TOOL_HEAP_MB}m`, ...JVM_FLAGS, "-cp", classpath, "org.neo4j.cli.AdminTool", ...args],
    {
      env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: join(dataDir, "conf") },
      stdio: [io.stdin ? "pipe" : "ignore", io.stdout ? "pipe" : "ignore", "pipe"],
    },
  );
  if (io.stdin) io.stdin.pipe(child.stdin!);
  if (io.stdout) child.stdout!.pipe(io.stdout);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", (error) => fail(new BackupError(`could not run java: ${error.message}`, 1)));
    child.once("close", done);
  });
  if (code === 0) return;
  if (/database is in use|mounted in a running/i.test(stderr)) throw inUse(dataDir);
  const tail = stderr.trim().split("\n").slice(-12).join("\n");
  throw new BackupError(`neo4j-admin database ${args[1]} failed (exit ${code}):\n${tail}`, 1);
}

/** Dumps the embedded store's `neo4j` database into `file` (written whole or not at all). */
export async function dumpStore(options: BackupOptions): Promise<void> {
  const dataDir = resolve(options.dataDir);
  const file = resolve(options.file);
  if (!hasStore(dataDir)) throw new BackupError(`no Neo4j store in ${dataDir} (nothing to dump)`, 2);
  if (existsSync(file) && !options.force) throw new BackupError(`${file} exists; add --force to overwrite it`, 2);
  if (await launcherRunningOn(dataDir)) throw inUse(dataDir);
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  try {
    await adminTool(dataDir, ["database", "dump", DATABASE, "--to-stdout"], { stdout: out });
    await new Promise<void>((done, fail) => out.once("error", fail).end(done));
    renameSync(partial, file);
  } finally {
    out.destroy();
    rmSync(partial, { force: true });
  }
}

/** Loads `file` (a Neo4j 5 dump) as the embedded store's `neo4j` database; a non-empty store needs `force`. */
export async function loadStore(options: BackupOptions): Promise<void> {
  const dataDir = resolve(options.dataDir);
  const file = resolve(options.file);
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`, 2);
  if (await launcherRunningOn(dataDir)) throw inUse(dataDir);
  const replace = hasStore(dataDir);
  if (replace && !options.force) {
    throw new BackupError(`${dataDir} already holds a database; add --force to replace it with the dump`, 2);
  }
  mkdirSync(dataDir, { recursive: true });
  const args = ["database", "load", DATABASE, "--from-stdin", ...(replace ? ["--overwrite-destination=true"] : [])];
  await adminTool(dataDir, args, { stdin: createReadStream(file) });
}
