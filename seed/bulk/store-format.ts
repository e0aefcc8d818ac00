/**
 * The StoreFormat marks of a store written by the bulk path: the CSV files already hold every read rank, so the store
 * is marked complete as it is built and no start pages through it (server/neo4j/read-ranks.ts). Same properties as
 * cypher/upgrade/mark-read-ranks.cypher writes (the driver sends the version as a double).
 */
import { join } from "node:path";
import { READ_RANKS_VERSION } from "../../server/neo4j/read-ranks.ts";
import { openCsv, putRow, type CsvFile } from "./csv.ts";

/** Writes the StoreFormat node file; `at` is the run's start (ISO 8601). */
export async function writeStoreFormat(dir: string, at: string): Promise<CsvFile> {
  const file = openCsv(join(dir, "store-format.csv"), [
    ":ID(StoreFormat)",
    "id",
    "version:double",
    "upgradedAt:datetime",
  ]);
  await putRow(file, [0, "read-ranks", READ_RANKS_VERSION, at]);
  await file.close();
  return file;
}
