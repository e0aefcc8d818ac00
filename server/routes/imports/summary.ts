/** Shapes an upload's decisions into the summary the import page shows (pure). */
import type { BadRecord, ImportedEntry, ImportSummary } from "../../../contract/schemas/imports.ts";
import type { ReadBibliographies, LocatedEntry } from "../../../seed/bibliography/read.ts";
import type { UploadPlan } from "../../repositories/imports.ts";

const entryOf = (entry: LocatedEntry, workIds: string[], by?: string): ImportedEntry => ({
  line: entry.line,
  key: entry.key,
  title: entry.title,
  workIds,
  ...(by ? { by } : {}),
});

/** The summary of one uploaded file: what matched, was added or is ambiguous, the bad records, the works to open. */
export function summarizeUpload(input: ReadBibliographies, plan: UploadPlan, seconds: number): ImportSummary {
  const notWritten = new Set(plan.skipped.map((record) => record.line));
  const matched: ImportedEntry[] = [];
  const added: ImportedEntry[] = [];
  const ambiguous: ImportedEntry[] = [];
  for (const decision of plan.decisions) {
    const entry = decision.entry as LocatedEntry;
    if (decision.kind === "matched") matched.push(entryOf(entry, [decision.workId], decision.by));
    else if (decision.kind === "ambiguous") ambiguous.push(entryOf(entry, decision.candidates, decision.by));
    else if (!notWritten.has(entry.line)) added.push(entryOf(entry, [decision.workId]));
  }
  const bad: BadRecord[] = [...input.skipped, ...plan.skipped].sort((a, b) => a.line - b.line);
  const inFileOrder = [...matched, ...added].sort((a, b) => a.line - b.line);
  return {
    file: input.files[0]?.file ?? "",
    format: input.files[0]?.format ?? "",
    read: input.read,
    matched,
    added,
    ambiguous,
    bad,
    workIds: [...new Set(inFileOrder.flatMap((entry) => entry.workIds))],
    seconds,
  };
}
