/**
 * Added entries as the importer's WorkRecords (seed/work-record.ts), so they are written by the same statements as
 * every other import: authors resolved to existing people where they match (match.ts), venues from the journal (or
 * arXiv for e-prints without one).
 */
import { ARXIV_VENUE } from "../formats/paperscape.ts";
import type { AuthorRecord, VenueRecord, WorkRecord } from "../work-record.ts";
import { matchPerson, newPersonId, type PersonCandidate } from "./match.ts";
import { normalizeTitle, type BibEntry } from "./record.ts";

function venueOf(entry: BibEntry): VenueRecord | null {
  if (entry.venue) {
    const slug = normalizeTitle(entry.venue).replace(/ /g, "-");
    if (slug === "arxiv") return { ...ARXIV_VENUE };
    return { id: `bib:venue:${slug}`, name: entry.venue, type: "journal" };
  }
  return entry.arxiv ? { ...ARXIV_VENUE } : null;
}

/** A work record for an added entry; `people` holds the full-text hits for each author name. */
export function toWorkRecord(
  entry: BibEntry,
  workId: string,
  people: ReadonlyMap<string, readonly PersonCandidate[]>,
  source: string,
): WorkRecord {
  const seen = new Set<string>();
  const authors: AuthorRecord[] = [];
  for (const name of entry.authors) {
    const match = matchPerson(name, people.get(name) ?? []);
    const id = match?.id ?? newPersonId(name);
    if (seen.has(id)) continue;
    seen.add(id);
    authors.push({ id, name: match?.name ?? name, orcid: null, position: authors.length + 1, institutions: [] });
  }
  return {
    id: workId,
    title: entry.title,
    year: entry.year,
    type: entry.type === "article" || entry.type === "jour" ? "article" : entry.arxiv ? "preprint" : entry.type,
    abstract: entry.abstract,
    doi: entry.doi,
    url:
      entry.url ??
      (entry.doi ? `https://doi.org/${entry.doi}` : entry.arxiv ? `https://arxiv.org/abs/${entry.arxiv}` : null),
    venue: venueOf(entry),
    authors,
    topics: [],
    references: [],
    referencesTotal: null,
    sourceCitedBy: null,
    source,
  };
}
