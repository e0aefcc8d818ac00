/**
 * `npm run import -- [--strict] [--encoding E] [--batch-size N] [--bulk | --incremental] <files or directories...>`
 * imports Paperscape CSV, OpenAlex works (JSONL or an API page; `.gz` files and directories of them too) and
 * seed-profile files; the format is read from each file's content.
 * Into an empty embedded store (RGE_DATA_DIR, DBMS not running) it takes the bulk path: Neo4j's offline importer fed
 * with CSV files written in one pass. Otherwise (a store with data, or NEO4J_URI) batched MERGE statements.
 * Exit codes: 0 done; 1 refused (records bad under --strict, a file not in its encoding) or failed while writing;
 * 2 bad usage or setting, a missing file, a file in no known format.
 * Stop `npm start` first: one process per store.
 */
import { openGraphDatabase, type GraphDatabase } from "../db/connect.ts";
import { loadConfig, type AppConfig } from "../config/index.ts";
import { cypher } from "../server/neo4j/cypher.ts";
import { createDriver } from "../server/neo4j/driver.ts";
import { runBulkImport, storeIsAbsent, storeLeftByBulkImport } from "./bulk/bulk-import.ts";
import { DuplicateWorkError } from "./bulk/collector.ts";
import { checkEncoding, EncodingError } from "./checks/decode.ts";
import { ImportWriteError, runImport, StrictImportError, type ImportSummary } from "./import.ts";
import { expandInputs, InputError } from "./input-files.ts";
import { createProgress } from "./progress.ts";
import { MalformedFileError, UnknownFormatError } from "./read-sources.ts";
import type { UnfinishedRun } from "./run-marker.ts";
import { BIBLIOGRAPHY_FILE } from "./bibliography/read.ts";
import { bibliographyCli } from "./bibliography/cli.ts";

const USAGE = "usage: npm run import -- [--strict] [--batch-size N] [--bulk | --incremental] <files or directories...>";

type ImportPath = "auto" | "bulk" | "incremental";

interface CliArgs {
  files: string[];
  strict: boolean;
  batchSize: number;
  encoding: string;
  path: ImportPath;
}

function parseArgs(argv: string[]): CliArgs {
  const files: string[] = [];
  let strict = false;
  let batchSize = 1000;
  let encoding = "utf-8";
  let path: ImportPath = "auto";
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--strict") strict = true;
    else if (arg === "--encoding") encoding = checkEncoding(argv[(i += 1)] ?? "");
    else if (arg === "--bulk" || arg === "--incremental") path = arg.slice(2) as ImportPath;
    else if (arg === "--batch-size") {
      batchSize = Number(argv[(i += 1)]);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive integer`);
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error("no input files");
  return { files: expandInputs(files), strict, batchSize, encoding, path };
}

function reportUnfinished(runs: UnfinishedRun[]): void {
  for (const run of runs) {
    console.error(
      `import: an earlier import started ${run.startedAt} (${run.files.join(", ")}) did not finish; ` +
        "this run completes it if it imports the same files",
    );
  }
}

/** Runs a statement returning one integer `n`. */
async function countOf(database: GraphDatabase, statement: string): Promise<number> {
  const driver = createDriver(database.connection);
  try {
    const { records } = await driver.executeQuery(statement, {}, { database: database.connection.database });
    return Number(records[0]?.get("n") ?? 0);
  } finally {
    await driver.close();
  }
}

const nodeCount = (database: GraphDatabase) => countOf(database, "MATCH (n) RETURN count(n) AS n");

/**
 * A store a killed bulk import left may have been served since: the bulk path would overwrite its accounts, follows
 * and claims, so it is refused when the store holds any user data.
 */
async function refuseToOverwriteUserData(config: AppConfig, log: (line: string) => void): Promise<void> {
  if (!storeLeftByBulkImport(config.embedded.dataDir)) return;
  const database = await openGraphDatabase(config, log);
  let users;
  try {
    users = await countOf(database, cypher("import/count-user-data"));
  } finally {
    await database.close();
  }
  if (users > 0) {
    throw new InputError(
      `${config.embedded.dataDir} holds ${users} user-data nodes (accounts, follows, claims…) and the mark of an ` +
        "unfinished bulk import; the bulk path would overwrite them. Import with --incremental instead",
    );
  }
}

/** Picks the path; returns an open database for the incremental path, or null for the bulk path. */
async function choosePath(config: AppConfig, wanted: ImportPath): Promise<GraphDatabase | null> {
  const log = (line: string) => console.error(line);
  if (config.neo4jUri !== null) {
    if (wanted === "bulk") throw new InputError("--bulk needs the embedded store (unset NEO4J_URI)");
    console.error("import: incremental path (external Neo4j at NEO4J_URI)");
    return openGraphDatabase(config, log);
  }
  if (wanted !== "incremental" && storeIsAbsent(config.embedded.dataDir)) {
    await refuseToOverwriteUserData(config, log);
    console.error(`import: bulk path (no database in ${config.embedded.dataDir} yet: Neo4j's offline importer)`);
    return null;
  }
  const database = await openGraphDatabase(config, log);
  const nodes = wanted === "incremental" ? -1 : await nodeCount(database);
  if (nodes === 0) {
    await database.close();
    console.error(`import: bulk path (the database in ${config.embedded.dataDir} is empty: Neo4j's offline importer)`);
    return null;
  }
  if (wanted === "bulk") {
    await database.close();
    throw new InputError(`--bulk needs an empty store; ${config.embedded.dataDir} holds ${nodes} nodes`);
  }
  console.error(
    `import: incremental path (${wanted === "incremental" ? "--incremental" : `store holds ${nodes} nodes`})`,
  );
  return database;
}

async function incremental(database: GraphDatabase, args: CliArgs): Promise<ImportSummary> {
  const driver = createDriver(database.connection);
  try {
    return await runImport({
      driver,
      database: database.connection.database,
      files: args.files,
      batchSize: args.batchSize,
      strict: args.strict,
      encoding: args.encoding,
      onUnfinishedRuns: reportUnfinished,
      onFileParsed: (source) => console.error(`${source.file}: ${source.format}, ${source.works.length} works`),
      onBatch: createProgress(),
    });
  } finally {
    await driver.close();
    await database.close();
  }
}

async function bulk(config: AppConfig, args: CliArgs): Promise<ImportSummary> {
  return runBulkImport({
    dataDir: config.embedded.dataDir,
    files: args.files,
    strict: args.strict,
    encoding: args.encoding,
    heapMb: config.embedded.heapMb,
    pageCacheMb: config.embedded.pageCacheMb,
    onStage: (stage, seconds) => console.error(`bulk: ${stage} ${seconds.toFixed(1)} s`),
    // neo4j-admin's progress and the index population: minutes of otherwise silent work at a million works.
    onLog: (line) => console.error(`  ${line}`),
  });
}

async function main(): Promise<number> {
  let args;
  let config;
  try {
    args = parseArgs(process.argv.slice(2));
    config = loadConfig();
  } catch (error) {
    console.error(`import: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const bibliographies = args.files.filter((file) => BIBLIOGRAPHY_FILE.test(file));
  if (bibliographies.length > 0 && bibliographies.length < args.files.length) {
    console.error("import: import BibTeX/RIS files in a run of their own (they are matched to the graph first)");
    return 2;
  }
  try {
    if (bibliographies.length > 0) return await bibliographyCli(config, args);
    const database = await choosePath(config, args.path);
    let summary: ImportSummary;
    if (database) summary = await incremental(database, args);
    else {
      try {
        summary = await bulk(config, args);
      } catch (error) {
        if (!(error instanceof DuplicateWorkError) || args.path === "bulk") throw error;
        console.error(`import: ${error.message}; taking the incremental path (the later record wins)`);
        summary = await incremental(await openGraphDatabase(config), args);
      }
    }
    for (const skip of summary.skipped) console.error(`${skip.file}:${skip.line}: ${skip.reason}`);
    console.log(
      `read ${summary.read} · written ${summary.written} works · ${summary.authorships} authorships · ` +
        `skipped ${summary.skipped.length} · citations linked ${summary.citationsLinked} · ` +
        `dangling references ${summary.danglingReferences} · self-citations ${summary.selfCitations} · ` +
        `${summary.seconds.toFixed(1)} s (${Math.round(summary.authorships / summary.seconds)} authorships/s)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof StrictImportError) {
      for (const skip of error.skipped) console.error(`${skip.file}:${skip.line}: ${skip.reason}`);
      console.error(`import: ${error.message}`);
      return 1;
    }
    if (error instanceof EncodingError || error instanceof ImportWriteError) {
      console.error(`import: ${error.message}`);
      return 1;
    }
    if (
      error instanceof UnknownFormatError ||
      error instanceof MalformedFileError ||
      error instanceof InputError ||
      (error as NodeJS.ErrnoException).code === "ENOENT"
    ) {
      console.error(`import: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
