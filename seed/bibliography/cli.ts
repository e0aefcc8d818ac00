/**
 * The importer CLI's path for BibTeX and RIS files (`npm run import -- library.bib`): always incremental (entries are
 * matched against the graph before anything is written); prints every skipped or ambiguous record as
 * `file:line: reason` and a summary line of how many entries matched, were added, ambiguous or skipped.
 */
import { openGraphDatabase } from "../../db/connect.ts";
import type { AppConfig } from "../../config/index.ts";
import { createDriver } from "../../server/neo4j/driver.ts";
import { createProgress } from "../progress.ts";
import { runBibliographyImport } from "./import.ts";

export async function bibliographyCli(
  config: AppConfig,
  args: { files: string[]; strict: boolean; encoding: string; batchSize: number },
): Promise<number> {
  const database = await openGraphDatabase(config, (line) => console.error(line));
  const driver = createDriver(database.connection);
  try {
    console.error("import: bibliography (BibTeX/RIS), matched by DOI, arXiv id, then title + year + first author");
    const summary = await runBibliographyImport({
      driver,
      database: database.connection.database,
      files: args.files,
      strict: args.strict,
      encoding: args.encoding,
      batchSize: args.batchSize,
      onBatch: createProgress(),
    });
    for (const file of summary.files) console.error(`${file.file}: ${file.format}, ${file.entries} entries`);
    for (const skip of summary.skipped) console.error(`${skip.file}:${skip.line}: ${skip.reason}`);
    for (const item of summary.ambiguous) {
      console.error(`${item.file}:${item.line}: ambiguous (${item.by}): ${item.workIds.join(", ")}; not imported`);
    }
    console.log(
      `read ${summary.read} · matched ${summary.matched.length} · added ${summary.added.length} · ` +
        `ambiguous ${summary.ambiguous.length} · skipped ${summary.skipped.length} · ` +
        `written ${summary.written} works · ${summary.seconds.toFixed(1)} s`,
    );
    return 0;
  } finally {
    await driver.close();
    await database.close();
  }
}
