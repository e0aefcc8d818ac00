/**
 * Starts Neo4j Community embedded (db/Launcher.java) as a child process and stops it again.
 * The child exits when our stdin pipe closes, so it never outlives this Node process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { EMBEDDED_USERNAME, loadOrCreatePassword } from "./credentials.ts";
import { findFreePort } from "./free-port.ts";
import { memoryForStore } from "./memory.ts";
import { resolveClasspath } from "./resolve.ts";

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  /** Unset: chosen from the store's size and the machine's memory (db/memory.ts). */
  heapMb?: number;
  /** Unset: chosen from the store's size and the machine's memory (db/memory.ts). */
  pageCacheMb?: number;
  startTimeoutMs?: number;
  /** Grace period between SIGTERM and SIGKILL when stopping. */
  stopGraceMs?: number;
  onLog?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  version: string;
  port: number;
  pid: number;
  /** Seconds from spawning the JVM to the readiness line. */
  startSeconds: number;
  /** The JVM heap and page cache it runs with (given, or chosen from the store). */
  heapMb: number;
  pageCacheMb: number;
  /** Calls `listener` if the JVM exits without `stop()` (a crash, an OOM kill, `kill -9`). */
  onUnexpectedExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
  stop(): Promise<void>;
}

// The flags Neo4j's own launcher uses on Java 17; without the java.nio opening the store cannot be mapped.
export const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
];
const READY_PREFIX = "RGE_NEO4J_READY ";
const LOG_TAIL_LINES = 30;

function logTail(dataDir: string, stderrLines: string[]): string {
  const debugLog = join(dataDir, "logs", "debug.log");
  const fromLog = existsSync(debugLog)
    ? readFileSync(debugLog, "utf8").trimEnd().split("\n").slice(-LOG_TAIL_LINES)
    : [];
  return [...fromLog, ...stderrLines.slice(-LOG_TAIL_LINES)].join("\n");
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Starts an embedded Neo4j and resolves once it answers `RETURN 1` over Bolt's home database. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const { classpath } = await resolveClasspath();
  const port = options.port && options.port > 0 ? options.port : await findFreePort();
  const password = loadOrCreatePassword(dataDir);
  const sized = options.heapMb === undefined || options.pageCacheMb === undefined ? memoryForStore(dataDir) : null;
  const heapMb = options.heapMb ?? sized!.heapMb;
  const pageCacheMb = options.pageCacheMb ?? sized!.pageCacheMb;
  const startTimeoutMs = options.startTimeoutMs ?? 180_000;

  const started = performance.now();
  const child = spawn(
    "java",
    [`-Xms${Math.min(heapMb, 512)}m`, `-Xmx${heapMb}m`, ...JVM_FLAGS, "-cp", classpath, "Launcher", dataDir, `${port}`],
    {
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        RGE_NEO4J_PASSWORD: password,
        RGE_NEO4J_PAGECACHE_MB: `${pageCacheMb}`,
      },
    },
  );
  const stderrLines: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => {
    stderrLines.push(line);
    if (stderrLines.length > 200) stderrLines.shift();
    options.onLog?.(line);
  });

  const version = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(
        new Error(`Neo4j did not start within ${startTimeoutMs} ms. Last log lines:\n${logTail(dataDir, stderrLines)}`),
      );
    }, startTimeoutMs);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith(READY_PREFIX)) return options.onLog?.(line);
      clearTimeout(timer);
      ready(line.slice(READY_PREFIX.length).split(" ")[1] ?? "unknown");
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      fail(new Error(`Neo4j launcher could not run java: ${error.message}`));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      fail(
        new Error(
          `Neo4j exited before it was ready (code ${code}, signal ${signal}). Last log lines:\n${logTail(dataDir, stderrLines)}`,
        ),
      );
    });
  });
  const startSeconds = (performance.now() - started) / 1000;

  let stopping: Promise<void> | undefined;
  const exitListeners: Array<(code: number | null, signal: NodeJS.Signals | null) => void> = [];
  child.once("exit", (code, signal) => {
    if (!stopping) for (const listener of exitListeners) listener(code, signal);
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      child.stdin?.end();
      child.kill("SIGTERM");
      if (!(await waitForExit(child, options.stopGraceMs ?? 30_000))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5_000);
      }
    })();
    return stopping;
  };

  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: EMBEDDED_USERNAME,
    password,
    version,
    port,
    pid: child.pid ?? -1,
    startSeconds,
    heapMb,
    pageCacheMb,
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
    stop,
  };
}
