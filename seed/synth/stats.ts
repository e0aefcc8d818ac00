/** Distribution summaries (mean, p50, p90, p99, max) over counts, computed from a histogram in bounded memory. */

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Counts how often each non-negative integer value occurs. */
export class Histogram {
  private readonly counts = new Map<number, number>();

  add(value: number, times = 1): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + times);
  }

  addAll(values: Iterable<number>): this {
    for (const value of values) this.add(value);
    return this;
  }

  summary(): Summary {
    const values = [...this.counts.keys()].sort((a, b) => a - b);
    const n = values.reduce((sum, value) => sum + this.counts.get(value)!, 0);
    const total = values.reduce((sum, value) => sum + value * this.counts.get(value)!, 0);
    const quantile = (q: number): number => {
      const rank = Math.ceil(q * n);
      let seen = 0;
      for (const value of values) {
        seen += this.counts.get(value)!;
        if (seen >= rank) return value;
      }
      return values.at(-1) ?? 0;
    };
    return {
      n,
      mean: n === 0 ? 0 : total / n,
      p50: quantile(0.5),
      p90: quantile(0.9),
      p99: quantile(0.99),
      max: values.at(-1) ?? 0,
    };
  }
}

export const METRICS = [
  "authors per work",
  "works per author",
  "co-authors per author",
  "references per work (in set)",
  "citations received",
  "topics per work",
] as const;
export type Metric = (typeof METRICS)[number];
export type Distributions = Partial<Record<Metric, Summary>>;

const cell = (summary: Summary | undefined): string =>
  summary
    ? `${summary.mean.toFixed(1).padStart(6)} ${[summary.p50, summary.p90, summary.p99, summary.max].map((v) => String(v).padStart(5)).join(" ")}`
    : "     –     –     –     –     –";

/** One table: a row per metric, a column group (mean p50 p90 p99 max) per named distribution set. */
export function formatDistributions(columns: Record<string, Distributions>): string {
  const names = Object.keys(columns);
  const head = `${"".padEnd(30)}${names.map((name) => name.padEnd(31).slice(0, 31)).join(" | ")}`;
  const sub = `${"".padEnd(30)}${names.map(() => "  mean   p50   p90   p99   max").join(" | ")}`;
  const rows = METRICS.map(
    (metric) => `${metric.padEnd(30)}${names.map((name) => cell(columns[name]![metric])).join(" | ")}`,
  );
  return [head, sub, ...rows].join("\n");
}
