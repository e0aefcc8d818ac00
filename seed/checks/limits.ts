/**
 * What one import record may hold. A record over a limit is reported as `file:line: reason` and skipped (refused under
 * --strict) before anything is written: one hostile line must never reach Neo4j as a transaction that cannot fit in
 * memory, nor a co-author rebuild that is quadratic in its author count.
 *
 * The limits are generous multiples of the demo data's maxima (Paperscape 1991–1995 + the OpenAlex sample: 74 authors,
 * 111 references, 3 topics, 3 institutions per author, titles of 239 characters, names of 44, ids of 26). README.md
 * states them. Authors per work: a work with n authors would make n(n-1)/2 COAUTHOR edges (the co-author rebuild of
 * ONE 5,000-author work hit Neo4j's 1 GiB transaction memory limit when every pair was written), so works with more
 * than COAUTHOR_MAX_AUTHORS authors add no pairwise COAUTHOR (seed/coauthor-pairs.ts) and the hyper-authored
 * collaboration papers (ATLAS/CMS, ~3,000–5,000 authors) import whole; the limit only refuses absurd records.
 */
import type { AuthorRecord, PersonRecord, WorkRecord } from "../work-record.ts";

export const IMPORT_LIMITS = {
  authorsPerWork: 10_000,
  referencesPerWork: 10_000,
  topicsPerWork: 100,
  institutionsPerAuthor: 100,
  idLength: 256,
  titleLength: 4_000,
  abstractLength: 100_000,
  /** Names of people, institutions, topics and venues; also the seed profile's headline. */
  nameLength: 1_000,
  /** Short text fields: work type, DOI, URL, ORCID, ROR, country. */
  fieldLength: 2_000,
} as const;

const tooLong = (what: string, value: string | null | undefined, max: number): string | null =>
  value != null && value.length > max ? `${what} has ${value.length} characters (limit ${max})` : null;

const tooMany = (what: string, count: number, max: number): string | null =>
  count > max ? `${count} ${what} (limit ${max})` : null;

function authorViolation(author: AuthorRecord): string | null {
  const L = IMPORT_LIMITS;
  const own =
    tooLong("author id", author.id, L.idLength) ??
    tooLong(`author ${author.id.slice(0, 40)}'s name`, author.name, L.nameLength) ??
    tooLong("ORCID", author.orcid, L.fieldLength) ??
    tooMany(`institutions on author ${author.id.slice(0, 40)}`, author.institutions.length, L.institutionsPerAuthor);
  if (own) return own;
  for (const institution of author.institutions) {
    const found =
      tooLong("institution id", institution.id, L.idLength) ??
      tooLong(`institution ${institution.id.slice(0, 40)}'s name`, institution.name, L.nameLength) ??
      tooLong("ROR", institution.ror, L.fieldLength) ??
      tooLong("country", institution.country, L.fieldLength) ??
      tooLong("institution type", institution.type, L.fieldLength);
    if (found) return found;
  }
  return null;
}

/** Why a work exceeds the import limits, or null when it fits. Counts are checked before any per-item work. */
export function workLimitViolation(work: WorkRecord): string | null {
  const L = IMPORT_LIMITS;
  const whole =
    tooLong("work id", work.id, L.idLength) ??
    tooMany("authors", work.authors.length, L.authorsPerWork) ??
    tooMany("references", work.references.length, L.referencesPerWork) ??
    tooMany("topics", work.topics.length, L.topicsPerWork) ??
    tooLong("title", work.title, L.titleLength) ??
    tooLong("abstract", work.abstract, L.abstractLength) ??
    tooLong("type", work.type, L.fieldLength) ??
    tooLong("DOI", work.doi, L.fieldLength) ??
    tooLong("URL", work.url, L.fieldLength);
  if (whole) return `work ${work.id.slice(0, 80)}: ${whole}`;
  const venue = work.venue
    ? (tooLong("venue id", work.venue.id, L.idLength) ?? tooLong("venue name", work.venue.name, L.nameLength))
    : null;
  const reference = work.references.find((id) => id.length > L.idLength);
  const part =
    venue ??
    (reference ? tooLong("a reference id", reference, L.idLength) : null) ??
    work.topics
      .map((topic) => tooLong("topic id", topic.id, L.idLength) ?? tooLong("topic name", topic.name, L.nameLength))
      .find((found) => found !== null) ??
    work.authors.map(authorViolation).find((found) => found !== null) ??
    null;
  return part ? `work ${work.id}: ${part}` : null;
}

/** Why a person record (seed profile) exceeds the import limits, or null when it fits. */
export function personLimitViolation(person: PersonRecord): string | null {
  const L = IMPORT_LIMITS;
  return (
    tooLong("person id", person.id, L.idLength) ??
    tooLong("person name", person.name, L.nameLength) ??
    tooLong("headline", person.headline, L.nameLength) ??
    tooLong("verification", person.verification, L.fieldLength)
  );
}
