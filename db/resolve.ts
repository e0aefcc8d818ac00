/**
 * Resolves the embedded Neo4j classpath with Maven and compiles the launcher, once.
 * The result is cached under db/target/ and keyed by the pom and launcher contents, so a version bump re-resolves.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const DB_DIR = fileURLToPath(new URL(".", import.meta.url));
const TARGET_DIR = join(DB_DIR, "target");
const LIB_DIR = join(TARGET_DIR, "lib");
const CLASSES_DIR = join(TARGET_DIR, "classes");
const STAMP_FILE = join(TARGET_DIR, "resolved.stamp");
// Pinned: Maven 3.8's default dependency plugin is too old for copy-dependencies with includeScope.
const DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

export interface ResolvedClasspath {
  /** Java -cp value: compiled launcher first, then every Neo4j jar. */
  classpath: string;
  jarCount: number;
  bytes: number;
  /** Seconds spent resolving now; 0 when the cache was used. */
  resolveSeconds: number;
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of ["pom.xml", "Launcher.java"]) hash.update(readFileSync(join(DB_DIR, file)));
  return hash.digest("hex");
}

function describe(resolveSeconds: number): ResolvedClasspath {
  const jars = readdirSync(LIB_DIR).filter((name) => name.endsWith(".jar"));
  const bytes = jars.reduce((sum, jar) => sum + statSync(join(LIB_DIR, jar)).size, 0);
  return { classpath: `${CLASSES_DIR}:${LIB_DIR}/*`, jarCount: jars.length, bytes, resolveSeconds };
}

async function runTool(command: string, args: string[]): Promise<void> {
  try {
    await run(command, args, { cwd: DB_DIR, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`Neo4j launcher: \`${command} ${args.join(" ")}\` failed:\n${tail}`, { cause: error });
  }
}

/** Resolves Neo4j's jars and compiles Launcher.java unless a cache for the same inputs exists. */
export async function resolveClasspath(): Promise<ResolvedClasspath> {
  const stamp = inputsHash();
  if (existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, "utf8") === stamp) return describe(0);

  const started = performance.now();
  rmSync(TARGET_DIR, { recursive: true, force: true });
  mkdirSync(CLASSES_DIR, { recursive: true });
  await runTool("mvn", [
    "-B",
    "-q",
    "-f",
    "pom.xml",
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    `-DoutputDirectory=${LIB_DIR}`,
    "-DincludeScope=runtime",
  ]);
  await runTool("javac", ["-cp", `${LIB_DIR}/*`, "-d", CLASSES_DIR, join(DB_DIR, "Launcher.java")]);
  writeFileSync(STAMP_FILE, stamp);
  return describe((performance.now() - started) / 1000);
}
