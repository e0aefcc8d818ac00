/**
 * An independent reading of the raw Paperscape CSV files, written for the tests only: it shares no code with the
 * importer (own split, own identity rule implementation), so importer bugs cannot cancel out.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const PAPERSCAPE_DIR = new URL("../../seed/data/paperscape-arxiv-1991-1995/", import.meta.url).pathname;

export interface OracleWork {
  id: string;
  year: number;
  categories: string[];
  refs: string[];
  authors: string[];
  title: string;
}

export interface PaperscapeOracle {
  works: Map<string, OracleWork>;
  worksByAuthor: Map<string, Set<string>>;
  coauthors: Map<string, Map<string, number>>;
  topics: Set<string>;
  authorships: number;
  inSetCitations: number;
}

let cached: PaperscapeOracle | undefined;

export function paperscapeFiles(): string[] {
  return readdirSync(PAPERSCAPE_DIR)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => join(PAPERSCAPE_DIR, name));
}

function splitFields(line: string): string[] {
  const fields = line.split(";");
  // Titles may contain ';': everything after the sixth separator is the title.
  return [...fields.slice(0, 6), fields.slice(6).join(";")];
}

export function readPaperscape(files: string[] = paperscapeFiles()): PaperscapeOracle {
  if (cached && files.length === paperscapeFiles().length) return cached;
  const works = new Map<string, OracleWork>();
  for (const file of files) {
    for (const raw of readFileSync(file, "utf8").split("\n")) {
      const line = raw.replace(/\r$/, "");
      if (line === "" || line.startsWith("#")) continue;
      const [id = "", cats = "", , , refs = "", authors = "", title = ""] = splitFields(line);
      const list = (text: string) =>
        text
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
      works.set(id, {
        id,
        year: 1900 + Number(id.split("/")[1]!.slice(0, 2)),
        categories: [...new Set(list(cats))],
        refs: [...new Set(list(refs))],
        authors: [...new Set(list(authors))],
        title,
      });
    }
  }
  const worksByAuthor = new Map<string, Set<string>>();
  const coauthors = new Map<string, Map<string, number>>();
  const topics = new Set<string>();
  let authorships = 0;
  let inSetCitations = 0;
  for (const work of works.values()) {
    work.categories.forEach((category) => topics.add(category));
    inSetCitations += work.refs.filter((ref) => ref !== work.id && works.has(ref)).length;
    for (const author of work.authors) {
      authorships += 1;
      if (!worksByAuthor.has(author)) worksByAuthor.set(author, new Set());
      worksByAuthor.get(author)!.add(work.id);
      if (!coauthors.has(author)) coauthors.set(author, new Map());
      for (const other of work.authors) {
        if (other === author) continue;
        const row = coauthors.get(author)!;
        row.set(other, (row.get(other) ?? 0) + 1);
      }
    }
  }
  const oracle = { works, worksByAuthor, coauthors, topics, authorships, inSetCitations };
  if (files.length === paperscapeFiles().length) cached = oracle;
  return oracle;
}
