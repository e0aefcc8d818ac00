/**
 * OpenAlex works (API records, one per JSONL line or inside an API page's `results`). Pure: object in, WorkRecord or a
 * reason out. OpenAlex URLs are shortened to typed ids (`openalex:W123`), ORCIDs and RORs to their bare identifiers.
 */
import type { AuthorRecord, InstitutionRecord, TopicRecord, VenueRecord, WorkRecord } from "../work-record.ts";

export type OpenAlexResult = { kind: "work"; work: WorkRecord } | { kind: "skip"; reason: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** "https://openalex.org/W123" → "openalex:W123"; null when the value is not an OpenAlex id. */
export function openAlexId(value: unknown): string | null {
  const text = asString(value);
  const match = text ? /(?:openalex\.org\/)?([WAISTC]\d+)$/i.exec(text) : null;
  return match?.[1] ? `openalex:${match[1].toUpperCase()}` : null;
}

function stripPrefix(value: unknown, prefix: RegExp): string | null {
  const text = asString(value);
  return text ? text.replace(prefix, "") : null;
}

/** Rebuilds an abstract from OpenAlex's inverted index (word → positions). */
export function abstractFromInvertedIndex(index: unknown): string | null {
  if (!isObject(index)) return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const position of asArray(positions)) if (typeof position === "number") words[position] = word;
  }
  const text = words.filter((word) => word !== undefined).join(" ");
  return text === "" ? null : text;
}

function institutionOf(raw: unknown): InstitutionRecord | null {
  if (!isObject(raw)) return null;
  const id = openAlexId(raw.id);
  const name = asString(raw.display_name);
  if (!id || !name) return null;
  return {
    id,
    name,
    ror: stripPrefix(raw.ror, /^https?:\/\/ror\.org\//),
    country: asString(raw.country_code),
    type: asString(raw.type),
  };
}

function authorsOf(work: Json): AuthorRecord[] {
  const authors: AuthorRecord[] = [];
  const seen = new Set<string>();
  for (const authorship of asArray(work.authorships)) {
    if (!isObject(authorship) || !isObject(authorship.author)) continue;
    const id = openAlexId(authorship.author.id);
    const name = asString(authorship.author.display_name) ?? asString(authorship.raw_author_name);
    if (!id || !name || seen.has(id)) continue;
    seen.add(id);
    const institutions = asArray(authorship.institutions)
      .map(institutionOf)
      .filter((item): item is InstitutionRecord => item !== null);
    const orcid = stripPrefix(authorship.author.orcid, /^https?:\/\/orcid\.org\//);
    authors.push({ id, name, orcid, position: authors.length + 1, institutions });
  }
  return authors;
}

function topicsOf(work: Json): TopicRecord[] {
  const primaryId = isObject(work.primary_topic) ? openAlexId(work.primary_topic.id) : null;
  const topics: TopicRecord[] = [];
  for (const raw of asArray(work.topics)) {
    if (!isObject(raw)) continue;
    const id = openAlexId(raw.id);
    const name = asString(raw.display_name);
    if (!id || !name || topics.some((topic) => topic.id === id)) continue;
    topics.push({
      id,
      name,
      code: null,
      primary: primaryId ? id === primaryId : topics.length === 0,
      score: typeof raw.score === "number" ? raw.score : null,
      field: isObject(raw.field) ? asString(raw.field.display_name) : null,
      domain: isObject(raw.domain) ? asString(raw.domain.display_name) : null,
    });
  }
  return topics;
}

function venueOf(work: Json): VenueRecord | null {
  const location = isObject(work.primary_location) ? work.primary_location : null;
  const source = location && isObject(location.source) ? location.source : null;
  const id = source ? openAlexId(source.id) : null;
  const name = source ? asString(source.display_name) : null;
  return id && name ? { id, name, type: asString(source?.type) } : null;
}

/** OpenAlex `counts_by_year` as parallel lists, years ascending; null when it lists no year. */
function citationsByYear(raw: Record<string, unknown>): { years: number[]; counts: number[] } | null {
  const byYear = new Map<number, number>();
  for (const entry of asArray(raw.counts_by_year)) {
    if (!isObject(entry) || !Number.isInteger(entry.year) || !Number.isInteger(entry.cited_by_count)) continue;
    byYear.set(entry.year as number, entry.cited_by_count as number);
  }
  if (byYear.size === 0) return null;
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return { years, counts: years.map((year) => byYear.get(year)!) };
}

/** Parses one OpenAlex work object. */
export function parseOpenAlexWork(raw: unknown): OpenAlexResult {
  if (!isObject(raw)) return { kind: "skip", reason: "record is not a JSON object" };
  const id = openAlexId(raw.id);
  if (!id || !id.startsWith("openalex:W"))
    return { kind: "skip", reason: `missing or invalid work id '${String(raw.id)}'` };
  const title = asString(raw.title) ?? asString(raw.display_name);
  if (!title) return { kind: "skip", reason: `work ${id} has no title` };
  const year = typeof raw.publication_year === "number" ? raw.publication_year : null;
  const references = asArray(raw.referenced_works)
    .map(openAlexId)
    .filter((ref): ref is string => ref !== null && ref !== id);
  const byYear = citationsByYear(raw);
  return {
    kind: "work",
    work: {
      id,
      title,
      year,
      type: asString(raw.type) ?? "work",
      abstract: asString(raw.abstract) ?? abstractFromInvertedIndex(raw.abstract_inverted_index),
      doi: stripPrefix(raw.doi, /^https?:\/\/doi\.org\//),
      url: asString(raw.doi) ?? asString(raw.id),
      venue: venueOf(raw),
      authors: authorsOf(raw),
      topics: topicsOf(raw),
      references: [...new Set(references)],
      referencesTotal: typeof raw.referenced_works_count === "number" ? raw.referenced_works_count : null,
      sourceCitedBy: typeof raw.cited_by_count === "number" ? raw.cited_by_count : null,
      sourceCitationYears: byYear?.years ?? null,
      sourceCitationCounts: byYear?.counts ?? null,
      source: "openalex",
    },
  };
}
