/** The normalized shape every importer format is parsed into before it is written to Neo4j. */

export interface InstitutionRecord {
  id: string;
  name: string;
  ror: string | null;
  country: string | null;
  type: string | null;
}

export interface AuthorRecord {
  id: string;
  name: string;
  orcid: string | null;
  /** 1-based position in the author list. */
  position: number;
  institutions: InstitutionRecord[];
}

export interface TopicRecord {
  id: string;
  name: string;
  /** Short code shown as a label (arXiv category such as "hep-th"); null when the source has none. */
  code: string | null;
  primary: boolean;
  score: number | null;
  field: string | null;
  domain: string | null;
}

export interface VenueRecord {
  id: string;
  name: string;
  type: string | null;
}

export interface WorkRecord {
  id: string;
  title: string;
  year: number | null;
  type: string;
  abstract: string | null;
  doi: string | null;
  url: string | null;
  venue: VenueRecord | null;
  authors: AuthorRecord[];
  topics: TopicRecord[];
  /** Paper ids this work cites; targets that are not in the graph are counted as dangling, never created. */
  references: string[];
  /** Size of the full bibliography when the source knows it (includes unresolved references). */
  referencesTotal: number | null;
  /** Citation count reported by the source (OpenAlex `cited_by_count`), independent of the graph. */
  sourceCitedBy: number | null;
  /**
   * Citations per year reported by the source (OpenAlex `counts_by_year`) as parallel lists, years ascending;
   * absent or null when the source gives none (never empty lists: absent means empty on both import paths).
   */
  sourceCitationYears?: number[] | null;
  sourceCitationCounts?: number[] | null;
  source: string;
}

/** Facts about a person that only some sources hold (the seed profile's page). */
export interface PersonRecord {
  id: string;
  name: string;
  verification: string | null;
  claimed: boolean | null;
  followers: number | null;
  headline: string | null;
}

export interface ParsedBatch {
  works: WorkRecord[];
  people: PersonRecord[];
}

/** A record that could not be imported, reported as `file:line: reason`. */
export interface SkippedRecord {
  file: string;
  line: number;
  reason: string;
}
