/**
 * A test hook, read only by the batched writer: `RGE_IMPORT_FAULT_AT=<n>` SIGKILLs the import process right after
 * its n-th committed write batch (counted over all stages, from 1); `RGE_IMPORT_FAULT_AT=<n>:throw` throws an error there
 * instead (a write that fails). Unset in normal use. tests/integration/import-faults.test.ts uses it to
 * stop a run at chosen points and check that a rerun converges to the clean graph.
 */

const SPEC = /^(\d+)(?::(kill|throw))?$/;

export class InjectedFault extends Error {
  constructor(batch: number) {
    super(`injected fault after write batch ${batch} (RGE_IMPORT_FAULT_AT)`);
    this.name = "InjectedFault";
  }
}

function parseSpec(raw: string | undefined): { at: number; mode: "kill" | "throw" } | null {
  const match = raw ? SPEC.exec(raw.trim()) : null;
  return match ? { at: Number(match[1]), mode: (match[2] as "kill" | "throw" | undefined) ?? "kill" } : null;
}

let fault = parseSpec(process.env.RGE_IMPORT_FAULT_AT);
let committed = 0;

/**
 * Sets the fault as RGE_IMPORT_FAULT_AT would (null clears it) and restarts the count: for tests that run the writer
 * inside their own process (the import page's uploads), where the variable is read too early to be set per test.
 */
export function setImportFault(spec: string | null): void {
  fault = parseSpec(spec ?? undefined);
  committed = 0;
}

/** Called by the writer after each committed batch. */
export function afterWriteBatch(): void {
  if (!fault) return;
  committed += 1;
  if (committed !== fault.at) return;
  if (fault.mode === "kill") process.kill(process.pid, "SIGKILL");
  else throw new InjectedFault(committed);
}
