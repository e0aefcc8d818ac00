/**
 * The bulk path into an empty store: one streamed pass over the input writes node and relationship CSV files (the
 * imported ones and the derived COAUTHOR, WORKS_ON and AFFILIATED_WITH with every counter and read rank, and the
 * StoreFormat mark), Neo4j's offline importer builds the store from them, then the embedded Neo4j starts once to
 * create constraints and indexes: no Cypher pass over the data.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runAdminImport } from "../../db/admin-import.ts";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { createDriver } from "../../server/neo4j/driver.ts";
import { applySchema } from "../../server/neo4j/schema.ts";
import { StrictImportError, type ImportSummary } from "../import.ts";
import type { PersonRecord, SkippedRecord } from "../work-record.ts";
import { BulkCollector } from "./collector.ts";
import { ARRAY_DELIMITER } from "./csv.ts";
import { derivePeople } from "./derive-people.ts";
import { streamSource } from "./stream-source.ts";
import { writeCitations, writeNodes } from "./write-nodes.ts";
import { writeRankedLinks } from "./write-ranked-links.ts";
import { writeStoreFormat } from "./store-format.ts";

export interface BulkImportOptions {
  dataDir: string;
  files: string[];
  strict?: boolean;
  /** Text encoding of the files (seed/checks/decode.ts); UTF-8 by default. */
  encoding?: string;
  heapMb?: number;
  pageCacheMb?: number;
  /** Keep the CSV files (under `<dataDir>/bulk-import`) for inspection. */
  keepFiles?: boolean;
  onStage?: (stage: string, seconds: number) => void;
  onLog?: (line: string) => void;
}

export interface BulkImportSummary extends ImportSummary {
  stages: Record<string, number>;
}

/** Present from the offline import until the schema is in place: a store left with it is rebuilt, never served. */
const incompleteMarker = (dataDir: string): string => join(resolve(dataDir), "bulk-import.incomplete");

/**
 * Whether the embedded store in `dataDir` holds no database yet, or only one a killed bulk import left behind (the
 * bulk path may then be taken without a start).
 */
export function storeIsAbsent(dataDir: string): boolean {
  const database = join(resolve(dataDir), "data", "databases", "neo4j");
  return !existsSync(database) || readdirSync(database).length === 0 || existsSync(incompleteMarker(dataDir));
}

/**
 * Whether the store in `dataDir` is one a killed bulk import left behind: storeIsAbsent() lets the bulk path rebuild
 * it, but it may have been served (and written to) since, so the importer looks for user data before overwriting it.
 */
export function storeLeftByBulkImport(dataDir: string): boolean {
  const database = join(resolve(dataDir), "data", "databases", "neo4j");
  return existsSync(incompleteMarker(dataDir)) && existsSync(database) && readdirSync(database).length > 0;
}

/** Imports `files` into the (empty) embedded store in `dataDir` with Neo4j's offline importer. */
export async function runBulkImport(options: BulkImportOptions): Promise<BulkImportSummary> {
  const started = performance.now();
  const stages: Record<string, number> = {};
  let mark = started;
  const stage = (name: string) => {
    const now = performance.now();
    stages[name] = (now - mark) / 1000;
    mark = now;
    options.onStage?.(name, stages[name]);
  };
  const workDir = join(resolve(options.dataDir), "bulk-import");
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  try {
    const runStarted = new Date().toISOString();
    const collector = new BulkCollector(workDir, runStarted);
    const people: PersonRecord[] = [];
    const skipped: SkippedRecord[] = [];
    const files = [];
    for (const file of options.files) {
      files.push(
        await streamSource(
          file,
          {
            work: (work) => collector.addWork(work),
            person: (person) => people.push(person),
            skip: (record) => skipped.push(record),
          },
          options.encoding,
        ),
      );
    }
    await collector.close();
    if (options.strict && skipped.length > 0) throw new StrictImportError(skipped);
    for (const person of people) collector.addPerson(person);
    stage("read");
    const derived = await derivePeople(collector, workDir);
    stage("derive");
    const { cited, linked } = await writeCitations(collector, workDir);
    const nodeFiles = await writeNodes(collector, workDir, cited, derived);
    const ranked = await writeRankedLinks(collector, workDir, cited);
    await writeStoreFormat(workDir, runStarted);
    stage("write");
    const csv = (name: string) => join(workDir, name);
    writeFileSync(incompleteMarker(options.dataDir), `${new Date().toISOString()}\n`);
    await runAdminImport({
      dataDir: options.dataDir,
      workDir,
      arrayDelimiter: ARRAY_DELIMITER,
      multilineFields: nodeFiles.some((file) => file.multiline),
      nodes: [
        { label: "Person", file: csv("people.csv") },
        { label: "Paper", file: csv("papers.csv") },
        { label: "Topic", file: csv("topics.csv") },
        { label: "Institution", file: csv("institutions.csv") },
        { label: "Venue", file: csv("venues.csv") },
        { label: "StoreFormat", file: csv("store-format.csv") },
      ],
      relationships: [
        { type: "AUTHORED", file: csv("authored.csv") },
        ...ranked.flatMap(({ type, files }) =>
          files.filter((file) => file.rows > 0).map((file) => ({ type, file: file.path })),
        ),
        { type: "CITES", file: csv("cites.csv") },
        { type: "COAUTHOR", file: csv("coauthor.csv") },
        { type: "WORKS_ON", file: csv("works-on.csv") },
        { type: "AFFILIATED_WITH", file: csv("affiliated-with.csv") },
      ],
      onLog: options.onLog,
    });
    stage("neo4j-admin import");
    const embedded = await startEmbeddedNeo4j({
      dataDir: options.dataDir,
      port: 0,
      // Fixed when unset, not sized from the store (db/memory.ts): the import's resident memory stays bounded.
      heapMb: options.heapMb ?? 2048,
      pageCacheMb: options.pageCacheMb ?? 1024,
    });
    try {
      const driver = createDriver({
        uri: embedded.uri,
        username: embedded.username,
        password: embedded.password,
        database: "neo4j",
      });
      try {
        await applySchema(driver, "neo4j", { log: options.onLog });
      } finally {
        await driver.close();
      }
    } finally {
      await embedded.stop();
    }
    rmSync(incompleteMarker(options.dataDir));
    stage("indexes");
    return {
      files: files.map((file) => ({ ...file })),
      read: files.reduce((sum, file) => sum + file.read, 0),
      written: collector.works.ids.length,
      skipped,
      authorships: collector.authorshipPerson.length,
      citationsLinked: linked,
      danglingReferences: collector.listedReferences - linked,
      selfCitations: collector.selfCitations,
      seconds: (performance.now() - started) / 1000,
      stages,
    };
  } finally {
    if (!options.keepFiles) rmSync(workDir, { recursive: true, force: true });
  }
}
