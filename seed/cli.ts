/**
 * `npm run import -- [--strict] [--encoding E] [--batch-size N] <files or directories...>` imports Paperscape CSV, OpenAlex works
 * (JSONL or an API page; `.gz` files and directories of them too) and seed-profile files; the format is read from
 * each file's content.
 * Exit codes: 0 done; 1 refused (records bad under --strict, a file not in its encoding) or failed while writing;
 * 2 bad usage or setting, a missing file, a file in no known format.
 * Uses NEO4J_URI when set, otherwise the embedded Neo4j in RGE_DATA_DIR (stop `npm start` first: one process per store).
 */
import { openGraphDatabase } from "../db/connect.ts";
import { loadConfig } from "../server/config.ts";
import { createDriver } from "../server/neo4j/driver.ts";
import { checkEncoding, EncodingError } from "./checks/decode.ts";
import { ImportWriteError, runImport, StrictImportError } from "./import.ts";
import { expandInputs } from "./input-files.ts";
import { createProgress } from "./progress.ts";
import { MalformedFileError, UnknownFormatError } from "./read-sources.ts";
import type { UnfinishedRun } from "./run-marker.ts";

const USAGE =
  "usage: npm run import -- [--strict] [--encoding utf-8|latin1|...] [--batch-size N] <files or directories...>";

interface CliArgs {
  files: string[];
  strict: boolean;
  batchSize: number;
  encoding: string;
}

function parseArgs(argv: string[]): CliArgs {
  const files: string[] = [];
  let strict = false;
  let batchSize = 1000;
  let encoding = "utf-8";
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--strict") strict = true;
    else if (arg === "--encoding") encoding = checkEncoding(argv[(i += 1)] ?? "");
    else if (arg === "--batch-size") {
      batchSize = Number(argv[(i += 1)]);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size must be a positive integer`);
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error("no input files");
  return { files: expandInputs(files), strict, batchSize, encoding };
}

function reportUnfinished(runs: UnfinishedRun[]): void {
  for (const run of runs) {
    console.error(
      `import: an earlier import started ${run.startedAt} (${run.files.join(", ")}) did not finish; ` +
        "this run completes it if it imports the same files",
    );
  }
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
  const database = await openGraphDatabase(config, (line) => console.error(line));
  const driver = createDriver(database.connection);
  try {
    const summary = await runImport({
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
      (error as NodeJS.ErrnoException).code === "ENOENT"
    ) {
      console.error(`import: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  } finally {
    await driver.close();
    await database.close();
  }
}

process.exitCode = await main();
