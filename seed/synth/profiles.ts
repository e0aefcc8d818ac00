/**
 * Generator profiles: the knobs that shape a synthetic field. `modern` is a present-day OpenAlex discipline (about
 * five authors and thirty references per work, large collaborations in the tail); `arxiv1990s` reproduces the sparse
 * Paperscape arXiv 1991–1995 figures. Sizes that grow with the field are given per work.
 */
export interface SynthProfile {
  name: "modern" | "arxiv1990s";
  firstYear: number;
  lastYear: number;
  /** Yearly growth of the number of works (0.05 = 5 % more works each year). */
  growth: number;
  /** Authors per ordinary work: a log-normal body (median, sigma), rounded, at least 1, at most `authorsMax`. */
  authorsMedian: number;
  authorsSigma: number;
  authorsMax: number;
  /** Share of works written by one of the large collaborations, their number and their largest size. */
  collaborationShare: number;
  collaborations: number;
  collaborationMaxSize: number;
  /** Chance that an author slot goes to a new person (lower: more works per person). */
  newAuthorShare: number;
  /** Chance that an existing author is drawn by past authorships (rich get richer) rather than among recent people. */
  preferentialAuthorShare: number;
  /** Chance that a co-author is the previous partner of an author already on the work (recurring teams). */
  teamShare: number;
  /** References per work: zero with `referencesZeroShare`, else log-normal (median, sigma), at most `referencesMax`. */
  referencesZeroShare: number;
  referencesMedian: number;
  referencesSigma: number;
  referencesMax: number;
  /** Share of references to works outside the generated set (dangling, as in any partial snapshot). */
  danglingShare: number;
  /** How a cited work is chosen: by past citations (preferential), within the citing topic, else among recent works. */
  preferentialShare: number;
  sameTopicShare: number;
  /** Weights of 1, 2, 3 topics per work. */
  topicsPerWork: [number, number, number];
  topicsPerField: number;
  worksPerTopic: number;
  maxTopics: number;
  /** Fields drawn from (by name, from topics.ts). */
  fields: string[];
  worksPerInstitution: number;
  affiliatedShare: number;
  worksPerVenue: number;
  noVenueShare: number;
  orcidShare: number;
  abstractShare: number;
}

export const PROFILES: Record<SynthProfile["name"], SynthProfile> = {
  modern: {
    name: "modern",
    firstYear: 1990,
    lastYear: 2024,
    growth: 0.06,
    authorsMedian: 3.8,
    authorsSigma: 0.55,
    authorsMax: 40,
    collaborationShare: 0.0008,
    collaborations: 10,
    // At most the importer's authors-per-work limit (seed/checks/limits.ts), so no generated work is skipped.
    collaborationMaxSize: 500,
    newAuthorShare: 0.3,
    preferentialAuthorShare: 0.35,
    teamShare: 0.45,
    referencesZeroShare: 0.04,
    referencesMedian: 26,
    referencesSigma: 0.65,
    referencesMax: 400,
    danglingShare: 0.12,
    preferentialShare: 0.55,
    sameTopicShare: 0.25,
    topicsPerWork: [0.08, 0.12, 0.8],
    topicsPerField: 170,
    worksPerTopic: 220,
    maxTopics: 4516,
    fields: [],
    worksPerInstitution: 60,
    affiliatedShare: 0.85,
    worksPerVenue: 400,
    noVenueShare: 0.08,
    orcidShare: 0.45,
    abstractShare: 0.6,
  },
  arxiv1990s: {
    name: "arxiv1990s",
    firstYear: 1991,
    lastYear: 1995,
    growth: 0.35,
    authorsMedian: 1.9,
    authorsSigma: 0.5,
    authorsMax: 12,
    collaborationShare: 0.0012,
    collaborations: 6,
    collaborationMaxSize: 74,
    newAuthorShare: 0.4,
    preferentialAuthorShare: 0.45,
    teamShare: 0.5,
    referencesZeroShare: 0.45,
    referencesMedian: 3.6,
    referencesSigma: 1.0,
    referencesMax: 120,
    danglingShare: 0.35,
    preferentialShare: 0.75,
    sameTopicShare: 0.15,
    topicsPerWork: [0.62, 0.28, 0.1],
    topicsPerField: 14,
    worksPerTopic: 800,
    maxTopics: 42,
    fields: ["Physics and Astronomy", "Mathematics", "Computer Science"],
    worksPerInstitution: 300,
    affiliatedShare: 0.3,
    worksPerVenue: Number.POSITIVE_INFINITY,
    noVenueShare: 0,
    orcidShare: 0.05,
    abstractShare: 0,
  },
};

/** Looks a profile up by name; throws a message naming the choices. */
export function profileNamed(name: string): SynthProfile {
  const profile = (PROFILES as Record<string, SynthProfile | undefined>)[name];
  if (!profile) throw new Error(`synth: unknown --profile '${name}' (choose ${Object.keys(PROFILES).join(" or ")})`);
  return profile;
}
