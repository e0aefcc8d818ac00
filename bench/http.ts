/** Timed HTTP requests against a running app (shared by the API and scale benchmarks). */
import { latencyStats, type LatencyStats } from "./stats.ts";

/** Runs `total` requests over `urls` (round-robin) with `concurrency` workers; latency per request in ms. */
export async function measure(
  baseUrl: string,
  urls: string[],
  total: number,
  concurrency: number,
): Promise<LatencyStats> {
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const url = urls[next % urls.length]!;
      next += 1;
      const t0 = performance.now();
      const response = await fetch(baseUrl + url);
      await response.arrayBuffer();
      samples.push(performance.now() - t0);
      if (response.status !== 200) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencyStats(samples, errors, performance.now() - started);
}
