/**
 * Shapes a batch of works into the flat rows the incremental import writes, one statement per kind
 * (cypher/import/upsert-*.cypher, link-*.cypher): every node once per batch, every relationship one row. Flat
 * `UNWIND … MERGE` statements run several times faster per row in Neo4j than one statement with nested subqueries
 * per work, and each node's properties are written once instead of once per authorship.
 * Pure: the same batch always gives the same rows.
 */
import type { InstitutionRecord, TopicRecord, VenueRecord, WorkRecord } from "./work-record.ts";

export interface WorkRows {
  papers: Record<string, unknown>[];
  people: { id: string; name: string; orcid: string | null }[];
  institutions: InstitutionRecord[];
  topics: Omit<TopicRecord, "primary" | "score">[];
  venues: VenueRecord[];
  authorships: { paper: string; person: string; position: number; institutionIds: string[] | null }[];
  topicLinks: { paper: string; topic: string; primary: boolean; score: number | null }[];
  venueLinks: { paper: string; venue: string }[];
}

/** Empty lists are stored as absent (null), as the bulk importer writes them. */
const listOrNull = <T>(list: readonly T[] | null | undefined): readonly T[] | null =>
  list && list.length > 0 ? list : null;

/**
 * The rows of one batch. A node listed more than once takes the last record's properties, as successive writes would;
 * a person's ORCID is the last one given (null keeps the stored one).
 */
export function workRows(works: readonly WorkRecord[]): WorkRows {
  const people = new Map<string, WorkRows["people"][number]>();
  const institutions = new Map<string, InstitutionRecord>();
  const topics = new Map<string, WorkRows["topics"][number]>();
  const venues = new Map<string, VenueRecord>();
  const rows: WorkRows = {
    papers: [],
    people: [],
    institutions: [],
    topics: [],
    venues: [],
    authorships: [],
    topicLinks: [],
    venueLinks: [],
  };
  for (const work of works) {
    rows.papers.push(paperRow(work));
    for (const author of work.authors) {
      const orcid = author.orcid ?? people.get(author.id)?.orcid ?? null;
      people.delete(author.id);
      people.set(author.id, { id: author.id, name: author.name, orcid });
      for (const institution of author.institutions) institutions.set(institution.id, institution);
      rows.authorships.push({
        paper: work.id,
        person: author.id,
        position: author.position,
        institutionIds: author.institutions.length === 0 ? null : author.institutions.map((inst) => inst.id),
      });
    }
    for (const topic of work.topics) {
      topics.set(topic.id, {
        id: topic.id,
        name: topic.name,
        code: topic.code,
        field: topic.field,
        domain: topic.domain,
      });
      rows.topicLinks.push({ paper: work.id, topic: topic.id, primary: topic.primary, score: topic.score });
    }
    if (work.venue) {
      venues.set(work.venue.id, work.venue);
      rows.venueLinks.push({ paper: work.id, venue: work.venue.id });
    }
  }
  rows.people = [...people.values()];
  rows.institutions = [...institutions.values()];
  rows.topics = [...topics.values()];
  rows.venues = [...venues.values()];
  return rows;
}

function paperRow(work: WorkRecord): Record<string, unknown> {
  return {
    id: work.id,
    title: work.title,
    year: work.year,
    type: work.type,
    abstract: work.abstract,
    doi: work.doi,
    url: work.url,
    references: listOrNull(work.references),
    referencesTotal: work.referencesTotal,
    sourceCitedBy: work.sourceCitedBy,
    sourceCitationYears: work.sourceCitationYears ?? null,
    sourceCitationCounts: work.sourceCitationCounts ?? null,
    source: work.source,
    authorCount: work.authors.length,
  };
}

/** What replace-work-links.cypher needs of a work that was already in the graph. */
export function replacedLinks(work: WorkRecord, storedAuthorCount: number | null, maxAuthors: number) {
  return {
    id: work.id,
    authorIds: work.authors.map((author) => author.id),
    topicIds: work.topics.map((topic) => topic.id),
    venueId: work.venue?.id ?? null,
    becomesHyper: (storedAuthorCount ?? 0) <= maxAuthors && work.authors.length > maxAuthors,
  };
}

/** One CITES row per listed reference (self-citations are dropped by link-citations.cypher). */
export function citationRows(works: readonly WorkRecord[]): { from: string; to: string }[] {
  return works.flatMap((work) => work.references.map((reference) => ({ from: work.id, to: reference })));
}
