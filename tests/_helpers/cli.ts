/** Runs the project's CLIs as a user would (`tsx <script>`), capturing output and exit code. */
import { spawn, type ChildProcess } from "node:child_process";

const ROOT = new URL("../../", import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  /** Resolves once stderr or stdout contains `text`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  done: Promise<CliResult>;
  /** Everything printed so far (stdout then stderr). */
  output(): string;
}

export function runCli(script: string, args: string[], env: Record<string, string>): CliRun {
  // `node --import tsx` rather than the tsx binary: the tsx binary runs the script in a grandchild, which a kill of
  // the child would not reach (the kill-midway test must really kill the importer).
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiters: { test: (text: string) => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.test(stdout + stderr)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout!.on("data", (chunk: Buffer) => ((stdout += chunk.toString()), check()));
  child.stderr!.on("data", (chunk: Buffer) => ((stderr += chunk.toString()), check()));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    done,
    output: () => stdout + stderr,
    waitFor: (text, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        const test = (all: string) => (typeof text === "string" ? all.includes(text) : text.test(all));
        if (test(stdout + stderr)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${String(text)}:\n${stdout}\n${stderr}`)),
          timeoutMs,
        );
        waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
        void done.then(() => {
          clearTimeout(timer);
          if (!test(stdout + stderr)) reject(new Error(`exited before ${String(text)}:\n${stdout}\n${stderr}`));
        });
      }),
  };
}
