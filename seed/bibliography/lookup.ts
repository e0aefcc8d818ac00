/**
 * The database side of matching: reads the candidates for a list of entries (DOIs, arXiv ids, title hits) and for the
 * authors of the entries to add (name hits), in a few batched statements (cypher/import/bib-match-*.cypher).
 */
import { escapeLucene } from "../../server/graph/search-query.ts";
import type { Candidates, PersonCandidate, TitleCandidate } from "./match.ts";
import { displayName, type BibEntry } from "./record.ts";
import { addedWorkId } from "./match.ts";

/** Runs one statement and returns its rows as plain objects (numbers already native). */
export type ReadRows = (statement: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * A Lucene query requiring every word (escaped: titles and names are untrusted). Accents are kept: the full-text
 * analyzers lower-case but do not fold them, so "józsef" must be asked as written.
 */
function allWords(text: string): string | null {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.length === 0
    ? null
    : words
        .slice(0, 30)
        .map((word) => `+${escapeLucene(word)}`)
        .join(" ");
}

export async function lookupCandidates(read: ReadRows, entries: readonly BibEntry[]): Promise<Candidates> {
  const dois = [...new Set(entries.flatMap((entry) => (entry.doi ? [entry.doi] : [])))];
  // arXiv ids, and the ids earlier bibliography imports gave the entries they added (a re-import finds them).
  const ids = [
    ...new Set(entries.flatMap((entry) => [...(entry.arxiv ? [`arxiv:${entry.arxiv}`] : []), addedWorkId(entry)])),
  ];
  const byDoi = new Map<string, string[]>();
  const knownIds = new Set<string>();
  for (const row of await read("import/bib-match-ids", { dois, ids })) {
    if (row.kind === "doi") byDoi.set(String(row.by), [...(byDoi.get(String(row.by)) ?? []), String(row.id)]);
    else knownIds.add(String(row.id));
  }
  const queries = entries
    .map((entry, index) => ({ index, query: allWords(entry.title) }))
    .filter((item) => item.query !== null && entries[item.index]!.year !== null);
  const byTitle = new Map<number, TitleCandidate[]>();
  for (const row of queries.length > 0 ? await read("import/bib-match-titles", { entries: queries }) : []) {
    const index = Number(row.index);
    const candidate: TitleCandidate = {
      id: String(row.id),
      title: String(row.title ?? ""),
      year: typeof row.year === "number" ? row.year : null,
      firstAuthor: typeof row.firstAuthor === "string" ? row.firstAuthor : null,
    };
    byTitle.set(index, [...(byTitle.get(index) ?? []), candidate]);
  }
  return { byDoi, knownIds, byTitle };
}

/** Full-text hits for each distinct author name (keyed by the name as given). */
export async function lookupPeople(read: ReadRows, names: readonly string[]): Promise<Map<string, PersonCandidate[]>> {
  const distinct = [...new Set(names)];
  const queries = distinct
    .map((name, index) => ({ index, query: allWords(displayName(name)) }))
    .filter((item) => item.query !== null);
  const hits = new Map<string, PersonCandidate[]>();
  for (const row of queries.length > 0 ? await read("import/bib-match-people", { names: queries }) : []) {
    const name = distinct[Number(row.index)]!;
    const hit = { id: String(row.id), name: String(row.name ?? ""), works: Number(row.works ?? 0) };
    hits.set(name, [...(hits.get(name) ?? []), hit]);
  }
  return hits;
}
