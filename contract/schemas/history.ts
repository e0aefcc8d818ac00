/** GET /api/people/:id/history and /api/papers/:id/history: activity per year for the history chart. */
import { Type, type Static } from "typebox";
import { Nullable } from "./common.ts";

export const HistoryYearSchema = Type.Object({
  year: Type.Integer(),
  /** Works of the person in that year; null on a paper's history. */
  works: Nullable(Type.Integer()),
  /** People who first shared a work with the person in that year; null on a paper's history. */
  newCoauthors: Nullable(Type.Integer()),
  /** Citations by works in the graph published that year (one per citing and cited work). */
  citationsInGraph: Type.Integer(),
  /**
   * Citations in that year as the source reports them (OpenAlex `counts_by_year`, summed over the works); null
   * outside the years the source covers, or when it gave no counts at all.
   */
  citationsFromSource: Nullable(Type.Integer()),
});
export type HistoryYear = Static<typeof HistoryYearSchema>;

export const HistorySchema = Type.Object({
  key: Type.String({ description: "the node key, person:<id> or paper:<id>" }),
  /** Every year from the first to the last with any count, ascending, gaps filled with zeros. */
  years: Type.Array(HistoryYearSchema),
  /** How many works the source gave per-year citation counts for, and how many works were counted at all. */
  sourceWorks: Type.Integer(),
  totalWorks: Type.Integer(),
});
export type History = Static<typeof HistorySchema>;
