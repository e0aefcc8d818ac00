/** Health: the database's version and edition, node counts per label, and whether the last import finished. */
import type { NodeKind } from "../../contract/kinds.ts";
import type { Health, ImportState } from "../../contract/schemas/health.ts";
import { toApiError } from "../errors.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export interface DatabaseHealth {
  version: string | null;
  edition: string | null;
  counts: NonNullable<Health["counts"]>;
  import: ImportState;
}

export function createHealthRepository(reader: GraphReader) {
  return {
    /** Throws whatever the driver throws when Neo4j cannot be reached (the route answers 503 for it). */
    async check(): Promise<DatabaseHealth> {
      const [components] = await reader.read("health/components");
      const [counts] = await reader.read("health/count-labels");
      const unfinished = await reader.read("import/find-unfinished-runs");
      return {
        version: (components?.version as string | undefined) ?? null,
        edition: (components?.edition as string | undefined) ?? null,
        counts: counts as DatabaseHealth["counts"],
        import: {
          state: unfinished.length > 0 ? "incomplete" : "complete",
          startedAt: (unfinished[0]?.startedAt as string | undefined) ?? null,
          files: [...new Set(unfinished.flatMap((run) => run.files as string[]))],
        },
      };
    },
    /** One node id per kind (null where the graph has none of that kind): the foci the boot-time warm-up asks for. */
    async sampleNodes(): Promise<Record<NodeKind, string | null>> {
      const [row] = await reader.read("health/sample-nodes");
      return row as Record<NodeKind, string | null>;
    },
    /** Reads the id indexes and node records into the page cache; false when `timeoutMs` ran out first. */
    async warmPageCache(timeoutMs: number): Promise<boolean> {
      try {
        await reader.read("health/warm-page-cache", {}, { timeoutMs });
        return true;
      } catch (error) {
        if (toApiError(error).code === "RGE_QUERY_TIMEOUT") return false;
        throw error;
      }
    },
  };
}

export type HealthRepository = ReturnType<typeof createHealthRepository>;
