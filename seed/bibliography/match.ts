/**
 * Matching bibliography entries to works already in the graph, and their authors to people. Pure: the candidates
 * come from the database (lookup.ts), the decisions are made here, in this order:
 *   1. DOI: the works with the entry's DOI; one is a match, several are ambiguous.
 *   2. arXiv id: the work `arxiv:<id>`.
 *   3. Normalised title + year + first author: works whose title is equal once case, accents, punctuation and spacing
 *      are folded, of the same year, whose first author has the entry's first author's family name. Needs all three
 *      in the entry; one candidate is a match, several are ambiguous (nothing is written for those).
 * Anything else is added as a new work, under an id derived from its DOI, arXiv id or title (addedWorkId), which a
 * later import finds again ("earlier import"). Authors of added works become people only when they cannot be matched: a
 * person in the graph with the same normalised name is reused (several: the one with most works, then the smallest
 * id); otherwise a new person `bib:<normalised name>` (the same name in a later import finds it again).
 */
import { createHash } from "node:crypto";
import { familyName, normalizeName, normalizeTitle, type BibEntry } from "./record.ts";

export interface TitleCandidate {
  id: string;
  title: string;
  year: number | null;
  firstAuthor: string | null;
}

export interface Candidates {
  /** Paper ids per lower-case DOI. */
  byDoi: ReadonlyMap<string, readonly string[]>;
  /** Paper ids that exist among `arxiv:<id>` and the ids addedWorkId() gives the entries. */
  knownIds: ReadonlySet<string>;
  /** Full-text hits per entry index. */
  byTitle: ReadonlyMap<number, readonly TitleCandidate[]>;
}

export type MatchRule = "doi" | "arxiv" | "title" | "earlier import";

export type Decision =
  | { kind: "matched"; entry: BibEntry; workId: string; by: MatchRule }
  | { kind: "ambiguous"; entry: BibEntry; candidates: string[]; by: MatchRule }
  | { kind: "added"; entry: BibEntry; workId: string };

/** The id a new work gets: from its DOI, else its arXiv id, else a hash of title, year and first author. */
export function addedWorkId(entry: BibEntry): string {
  if (entry.doi) return `doi:${entry.doi}`;
  if (entry.arxiv) return `arxiv:${entry.arxiv}`;
  const basis = [normalizeTitle(entry.title), entry.year ?? "", entry.authors[0] ? familyName(entry.authors[0]) : ""];
  return `bib:${createHash("sha256").update(basis.join("|")).digest("hex").slice(0, 16)}`;
}

export function titleMatches(entry: BibEntry, candidates: readonly TitleCandidate[]): string[] {
  if (entry.year === null || entry.authors.length === 0) return [];
  const title = normalizeTitle(entry.title);
  const family = familyName(entry.authors[0]!);
  const ids = candidates
    .filter((c) => c.year === entry.year && normalizeTitle(c.title) === title)
    .filter((c) => c.firstAuthor !== null && familyName(c.firstAuthor) === family)
    .map((c) => c.id);
  return [...new Set(ids)].sort();
}

/** Decides each entry (index = its position in `entries`). */
export function decide(entries: readonly BibEntry[], candidates: Candidates): Decision[] {
  return entries.map((entry, index): Decision => {
    const one = (ids: readonly string[], by: MatchRule): Decision | null => {
      if (ids.length === 1) return { kind: "matched", entry, workId: ids[0]!, by };
      if (ids.length > 1) return { kind: "ambiguous", entry, candidates: [...ids].sort(), by };
      return null;
    };
    const byDoi = entry.doi ? one(candidates.byDoi.get(entry.doi) ?? [], "doi") : null;
    if (byDoi) return byDoi;
    const arxivId = entry.arxiv ? `arxiv:${entry.arxiv}` : null;
    if (arxivId && candidates.knownIds.has(arxivId)) return { kind: "matched", entry, workId: arxivId, by: "arxiv" };
    const byTitle = one(titleMatches(entry, candidates.byTitle.get(index) ?? []), "title");
    if (byTitle) return byTitle;
    const workId = addedWorkId(entry);
    // Added by an earlier bibliography import (no DOI, arXiv id, or year to match it by otherwise).
    if (candidates.knownIds.has(workId)) return { kind: "matched", entry, workId, by: "earlier import" };
    return { kind: "added", entry, workId };
  });
}

export interface PersonCandidate {
  id: string;
  name: string;
  works: number;
}

/** The person an author name is, among full-text hits for it; null when nobody in the graph has that name. */
export function matchPerson(name: string, hits: readonly PersonCandidate[]): PersonCandidate | null {
  const wanted = normalizeName(name);
  const same = hits.filter((hit) => normalizeName(hit.name) === wanted);
  same.sort((a, b) => b.works - a.works || (a.id < b.id ? -1 : 1));
  return same[0] ?? null;
}

/** The id of a person created by a bibliography import. */
export const newPersonId = (name: string) => `bib:${normalizeName(name)}`;
