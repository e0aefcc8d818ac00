/**
 * Bibliography uploads (the import page): matches a parsed file against the graph and writes its added works with the
 * importer's own statements, all in ONE write transaction, so a failed upload leaves the graph exactly as it was.
 * Reads and writes see the same transaction; no user data is read or written.
 */
import type { ReadRows } from "../../seed/bibliography/lookup.ts";
import { planBibliographyImport } from "../../seed/bibliography/import.ts";
import type { LocatedEntry } from "../../seed/bibliography/read.ts";
import type { WriteContext } from "../../seed/graph-writer.ts";
import { writeAll } from "../../seed/import.ts";
import type { SkippedRecord } from "../../seed/work-record.ts";
import { cypher } from "../neo4j/cypher.ts";
import { toNative } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export interface UploadProgress {
  matched(counts: { matched: number; added: number; ambiguous: number }): void;
  writing(stage: string, done: number, total: number): void;
}

export interface UploadPlan {
  decisions: Awaited<ReturnType<typeof planBibliographyImport>>["decisions"];
  /** Records the plan could not write (a work over the importer's limits). */
  skipped: SkippedRecord[];
}

export function createImportsRepository(reader: GraphReader) {
  return {
    /** Matches `entries` and writes the added works in one transaction; throws (nothing written) if any write fails. */
    async importEntries(entries: readonly LocatedEntry[], progress: UploadProgress): Promise<UploadPlan> {
      const session = reader.driver.session({ database: reader.database });
      try {
        return await session.executeWrite(async (transaction) => {
          const read: ReadRows = async (statement, params) => {
            const result = await transaction.run(cypher(statement), params);
            return result.records.map((record) => toNative(record.toObject()) as Record<string, unknown>);
          };
          const plan = await planBibliographyImport(read, entries);
          const count = (kind: string) => plan.decisions.filter((d) => d.kind === kind).length;
          progress.matched({ matched: count("matched"), added: count("added"), ambiguous: count("ambiguous") });
          if (plan.works.length > 0) {
            const context: WriteContext = {
              driver: reader.driver,
              database: reader.database,
              batchSize: 500,
              transaction,
              onBatch: progress.writing,
            };
            await writeAll(context, plan.works, []);
          }
          return { decisions: plan.decisions, skipped: plan.skipped };
        });
      } finally {
        await session.close();
      }
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
