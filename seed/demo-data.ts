/** The demo data set that `npm start` loads on first start, and the marker that says it finished loading. */
import type { Driver } from "neo4j-driver";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cypher } from "../server/neo4j/cypher.ts";
import { runImport, type ImportSummary } from "./import.ts";

const DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));
export const DEMO_DATASET_ID = "demo";

/** Paperscape 1991–1995, the OpenAlex sample and the seed profile, in that order. */
export function demoFiles(): string[] {
  const paperscapeDir = join(DATA_DIR, "paperscape-arxiv-1991-1995");
  const paperscape = readdirSync(paperscapeDir)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => join(paperscapeDir, name));
  return [
    ...paperscape,
    join(DATA_DIR, "openalex-sample", "works.jsonl"),
    join(DATA_DIR, "seed-profile", "works.json"),
  ];
}

export async function isDatasetLoaded(driver: Driver, database: string, id: string): Promise<boolean> {
  const { records } = await driver.executeQuery(cypher("import/find-dataset"), { id }, { database });
  return records.length > 0;
}

/** Loads the demo data unless a completed load is recorded; returns the summary, or null when it was already there. */
export async function ensureDemoData(
  driver: Driver,
  database: string,
  onBatch?: (stage: string, done: number, total: number) => void,
): Promise<ImportSummary | null> {
  if (await isDatasetLoaded(driver, database, DEMO_DATASET_ID)) return null;
  const files = demoFiles();
  const summary = await runImport({ driver, database, files, onBatch });
  await driver.executeQuery(
    cypher("import/mark-dataset"),
    { id: DEMO_DATASET_ID, files: files.map((file) => basename(file)), summary: { works: summary.written } },
    { database },
  );
  return summary;
}
