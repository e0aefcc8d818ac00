/**
 * Small OpenAlex works written for a test and imported through the real importer (incremental path), with no topics,
 * venues, institutions or references, so they leave no counter behind on the shared demo graph; `remove()` deletes
 * exactly their papers and people again. Ids are `openalex:W<prefix>…` / `openalex:A<prefix>…`.
 */
import type { Driver } from "neo4j-driver";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runImport } from "../../seed/import.ts";

export interface FixtureAuthor {
  /** Numeric suffix of the author id. */
  n: number;
  name: string;
  orcid?: string;
}

export interface FixtureWork {
  n: number;
  title: string;
  year: number;
  authors: FixtureAuthor[];
  abstract?: string;
}

export interface OpenAlexFixture {
  personId(n: number): string;
  paperId(n: number): string;
  /** Writes the works to one JSONL file and imports it; returns the file (import it again to test idempotence). */
  importWorks(works: FixtureWork[]): Promise<string>;
  importFile(file: string): Promise<void>;
  remove(): Promise<void>;
}

/** `prefix`: 3 digits that keep this test's ids apart from every other test's (e.g. "991"). */
export function openAlexFixture(driver: Driver, prefix: string): OpenAlexFixture {
  const dir = mkdtempSync(join(tmpdir(), "rge-fixture-"));
  const authorKey = (n: number) => `A${prefix}${String(n).padStart(7, "0")}`;
  const workKey = (n: number) => `W${prefix}${String(n).padStart(7, "0")}`;
  let files = 0;
  // The exact ids this fixture wrote: a prefix match would also take real works (the demo has openalex:W984830982).
  const written = new Set<string>();
  const importFile = async (file: string) => {
    const summary = await runImport({ driver, database: "neo4j", files: [file] });
    if (summary.skipped.length > 0) throw new Error(`fixture skipped: ${JSON.stringify(summary.skipped)}`);
  };
  return {
    personId: (n) => `openalex:${authorKey(n)}`,
    paperId: (n) => `openalex:${workKey(n)}`,
    async importWorks(works) {
      for (const work of works) {
        written.add(`openalex:${workKey(work.n)}`);
        for (const author of work.authors) written.add(`openalex:${authorKey(author.n)}`);
      }
      const lines = works.map((work) =>
        JSON.stringify({
          id: `https://openalex.org/${workKey(work.n)}`,
          title: work.title,
          publication_year: work.year,
          type: "article",
          abstract_inverted_index: work.abstract
            ? Object.fromEntries(work.abstract.split(" ").map((word, i) => [word, [i]]))
            : null,
          authorships: work.authors.map((author, i) => ({
            author: {
              id: `https://openalex.org/${authorKey(author.n)}`,
              display_name: author.name,
              orcid: author.orcid ? `https://orcid.org/${author.orcid}` : null,
            },
            author_position: i === 0 ? "first" : "middle",
            institutions: [],
          })),
          topics: [],
          referenced_works: [],
        }),
      );
      const file = join(dir, `works-${(files += 1)}.jsonl`);
      writeFileSync(file, `${lines.join("\n")}\n`);
      await importFile(file);
      return file;
    },
    importFile,
    async remove() {
      await driver.executeQuery(
        "MATCH (n) WHERE (n:Paper OR n:Person) AND n.id IN $ids DETACH DELETE n",
        { ids: [...written] },
        { database: "neo4j" },
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
