/**
 * Runs Neo4j's own offline bulk importer (`neo4j-admin database import full`, org.neo4j.cli.AdminTool in the resolved
 * jars) into the embedded store's data directory. The DBMS must not be running on that store.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { JVM_FLAGS } from "./embedded-neo4j.ts";
import { resolveClasspath } from "./resolve.ts";

export interface AdminImportOptions {
  /** The embedded store's home (RGE_DATA_DIR); the database lands in `<home>/data/databases/neo4j`. */
  dataDir: string;
  /** Scratch directory for the tool's config and report. */
  workDir: string;
  nodes: { label: string; file: string }[];
  relationships: { type: string; file: string }[];
  arrayDelimiter: string;
  multilineFields: boolean;
  heapMb?: number;
  /** Upper bound of the tool's off-heap memory (its caches), e.g. "3G". */
  maxOffHeap?: string;
  onLog?: (line: string) => void;
}

/** Runs the import; resolves with the tool's wall time, rejects with its last output lines on failure. */
export async function runAdminImport(options: AdminImportOptions): Promise<{ seconds: number }> {
  const home = resolve(options.dataDir);
  const confDir = join(options.workDir, "conf");
  mkdirSync(confDir, { recursive: true });
  mkdirSync(home, { recursive: true });
  writeFileSync(join(confDir, "neo4j.conf"), `server.directories.data=${join(home, "data")}\n`);
  const { classpath } = await resolveClasspath();
  const args = [
    `-Xmx${options.heapMb ?? 2048}m`,
    ...JVM_FLAGS,
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    "neo4j",
    "--overwrite-destination=true",
    `--array-delimiter=${options.arrayDelimiter}`,
    // Files name nodes by integers (seed/bulk: each id interned to a number per label), the source id is a property.
    "--id-type=integer",
    `--multiline-fields=${options.multilineFields}`,
    `--max-off-heap-memory=${options.maxOffHeap ?? "3G"}`,
    `--report-file=${join(options.workDir, "import.report")}`,
    ...options.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
    ...options.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
  ];
  const started = performance.now();
  const child = spawn("java", args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir } });
  const tail: string[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    options.onLog?.(line);
  };
  createInterface({ input: child.stdout }).on("line", keep);
  createInterface({ input: child.stderr }).on("line", keep);
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", (error) => fail(new Error(`neo4j-admin import could not run java: ${error.message}`)));
    child.once("close", (exitCode) => done(exitCode));
  });
  if (code !== 0) throw new Error(`neo4j-admin import failed (exit ${code}):\n${tail.join("\n")}`);
  return { seconds: (performance.now() - started) / 1000 };
}
