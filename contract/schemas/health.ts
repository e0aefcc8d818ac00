/**
 * Response of /api/health (200 when Neo4j answers, 503 with the same shape when it does not or is `restarting`), with
 * whether the last import finished (an import that died midway leaves its run marker).
 */
import { Type, type Static } from "typebox";
import { Nullable } from "./common.ts";

export const ImportStateSchema = Type.Object({
  state: Type.Union([Type.Literal("complete"), Type.Literal("incomplete")]),
  /** Start of the oldest unfinished run; null when every run finished. */
  startedAt: Nullable(Type.String()),
  /** File names of the unfinished runs. */
  files: Type.Array(Type.String()),
});
export type ImportState = Static<typeof ImportStateSchema>;

export const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal("ok"), Type.Literal("unavailable"), Type.Literal("restarting")]),
  neo4j: Type.Object({
    reachable: Type.Boolean(),
    version: Nullable(Type.String()),
    edition: Nullable(Type.String()),
    mode: Type.Union([Type.Literal("embedded"), Type.Literal("external")]),
    database: Type.String(),
  }),
  counts: Nullable(
    Type.Object({
      people: Type.Integer(),
      papers: Type.Integer(),
      topics: Type.Integer(),
      institutions: Type.Integer(),
      venues: Type.Integer(),
    }),
  ),
  /** Whether the last import finished (null when it could not be read). */
  import: Nullable(ImportStateSchema),
});
export type Health = Static<typeof HealthSchema>;
