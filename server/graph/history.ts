/**
 * Shapes the history statements' [year, count] pairs into one row per year (contract/schemas/history.ts): every
 * year from the first to the last with a count, zeros in between; the source's counts only inside the years it
 * covers (OpenAlex reports recent years only, and leaves out years without citations).
 */
import type { History, HistoryYear } from "../../contract/schemas/history.ts";

export type YearPairs = readonly (readonly [number, number])[];

export interface HistoryRows {
  works: YearPairs | null;
  newCoauthors: YearPairs | null;
  citationsInGraph: YearPairs;
  citationsFromSource: YearPairs;
  sourceWorks: number;
  totalWorks: number;
}

/** Sums pairs by year (the source's lists hold one pair per work and year). */
export function sumByYear(pairs: YearPairs): Map<number, number> {
  const sums = new Map<number, number>();
  for (const [year, count] of pairs) sums.set(year, (sums.get(year) ?? 0) + count);
  return sums;
}

/** One row per year from the earliest to the latest year any series counts. */
export function presentHistory(key: string, rows: HistoryRows): History {
  const works = rows.works ? sumByYear(rows.works) : null;
  const coauthors = rows.newCoauthors ? sumByYear(rows.newCoauthors) : null;
  const inGraph = sumByYear(rows.citationsInGraph);
  const source = sumByYear(rows.citationsFromSource);
  const allYears = [works, coauthors, inGraph, source].flatMap((series) => (series ? [...series.keys()] : []));
  const sourceYears = [...source.keys()];
  const sourceFirst = Math.min(...sourceYears);
  const sourceLast = Math.max(...sourceYears);
  const years: HistoryYear[] = [];
  if (allYears.length > 0) {
    for (let year = Math.min(...allYears); year <= Math.max(...allYears); year++) {
      years.push({
        year,
        works: works ? (works.get(year) ?? 0) : null,
        newCoauthors: coauthors ? (coauthors.get(year) ?? 0) : null,
        citationsInGraph: inGraph.get(year) ?? 0,
        citationsFromSource: year >= sourceFirst && year <= sourceLast ? (source.get(year) ?? 0) : null,
      });
    }
  }
  return { key, years, sourceWorks: rows.sourceWorks, totalWorks: rows.totalWorks };
}
