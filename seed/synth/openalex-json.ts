/**
 * Shapes a generated work as an OpenAlex work record (the fields seed/formats/openalex.ts reads, with OpenAlex's
 * URL-style ids). Pure: the same work always gives the same JSON.
 */
import { hash32 } from "./prng.ts";
import { orcidFor, personName, phrase, rorFor, workAbstract, workTitle } from "./names.ts";
import type { SynthProfile } from "./profiles.ts";
import type { TopicTree } from "./topics.ts";
import type { SynthWork } from "./world.ts";

const OA = "https://openalex.org/";
const COUNTRIES = "US CN GB DE JP FR IN IT CA KR ES AU BR NL CH SE PL IR TR RU BE DK AT FI NO PT IL MX ZA SG".split(
  " ",
);
const INSTITUTION_KINDS = ["University", "Institute of Technology", "Research Centre", "Hospital", "Laboratory"];
const INSTITUTION_TYPES = ["education", "education", "facility", "healthcare", "facility"];

/** Work, author and institution ids: distinct ranges so they never collide across kinds. */
export const workOpenAlexId = (index: number): string => `W${1_000_000_000 + index}`;
export const danglingOpenAlexId = (number: number): string => `W${3_000_000_000 + number}`;
export const authorOpenAlexId = (index: number): string => `A${5_000_000_000 + index}`;
export const institutionOpenAlexId = (index: number): string => `I${7_000_000 + index}`;
export const venueOpenAlexId = (index: number): string => `S${4_000_000_000 + index}`;

function institution(index: number) {
  const kind = hash32(index, 71) % INSTITUTION_KINDS.length;
  // Institutions are drawn by rank, so the low indices are the hubs; spread them over countries by hash.
  return {
    id: `${OA}${institutionOpenAlexId(index)}`,
    display_name: `${phrase(index, 72, 1)} ${INSTITUTION_KINDS[kind]} ${index + 1}`,
    ror: `https://ror.org/${rorFor(index)}`,
    country_code: COUNTRIES[hash32(index, 73) % COUNTRIES.length],
    type: INSTITUTION_TYPES[kind],
  };
}

function venue(profile: SynthProfile, index: number) {
  if (profile.name === "arxiv1990s")
    return { id: `${OA}${venueOpenAlexId(index)}`, display_name: "arXiv", type: "repository" };
  const conference = hash32(index, 81) % 5 === 0;
  return {
    id: `${OA}${venueOpenAlexId(index)}`,
    display_name: conference ? `Conference on ${phrase(index, 82, 2)}` : `Journal of ${phrase(index, 82, 2)}`,
    type: conference ? "conference" : "journal",
  };
}

function invertedIndex(text: string): Record<string, number[]> {
  const index: Record<string, number[]> = {};
  text.split(" ").forEach((word, position) => (index[word] ??= []).push(position));
  return index;
}

/** The OpenAlex JSON record of a generated work. */
export function toOpenAlexWork(work: SynthWork, profile: SynthProfile, tree: TopicTree): Record<string, unknown> {
  const id = workOpenAlexId(work.index);
  const topics = work.topics.map((topicIndex, rank) => {
    const topic = tree.topics[topicIndex]!;
    return {
      id: `${OA}${topic.openAlexId}`,
      display_name: topic.name,
      score: Math.round((0.99 - rank * 0.17 - (hash32(work.index, 90 + rank) % 100) / 1000) * 10000) / 10000,
      subfield: { id: `${OA}${topic.subfield.id}`, display_name: topic.subfield.name },
      field: { id: `${OA}${topic.field.id}`, display_name: topic.field.name },
      domain: { id: `${OA}${topic.domain.id}`, display_name: topic.domain.name },
    };
  });
  const referenced = [
    ...work.references.map((cited) => `${OA}${workOpenAlexId(cited)}`),
    ...work.dangling.map((number) => `${OA}${danglingOpenAlexId(number)}`),
  ];
  const title = workTitle(work.index, topics[0]!.display_name);
  // A quarter of the works carry per-year citation counts, as OpenAlex gives (both import paths store them).
  const countsByYear =
    hash32(work.index, 63) % 4 === 0
      ? [1, 2, 3]
          .map((after) => ({ year: work.year + after, cited_by_count: hash32(work.index, 63 + after) % 4 }))
          .filter((entry) => entry.cited_by_count > 0)
      : [];
  const hasAbstract = hash32(work.index, 53) / 4294967296 < profile.abstractShare;
  return {
    id: `${OA}${id}`,
    doi: `https://doi.org/10.5555/synth.${work.index}`,
    title,
    display_name: title,
    publication_year: work.year,
    type: profile.name === "arxiv1990s" ? "preprint" : "article",
    primary_location: { source: work.venue === null ? null : venue(profile, work.venue) },
    authorships: work.authors.map((authorship, position) => {
      const name = personName(authorship.person);
      const hasOrcid = hash32(authorship.person, 22) / 4294967296 < profile.orcidShare;
      return {
        author_position: position === 0 ? "first" : position === work.authors.length - 1 ? "last" : "middle",
        author: {
          id: `${OA}${authorOpenAlexId(authorship.person)}`,
          display_name: name,
          orcid: hasOrcid ? `https://orcid.org/${orcidFor(authorship.person)}` : null,
        },
        institutions: authorship.institutions.map(institution),
        raw_author_name: name,
      };
    }),
    primary_topic: topics[0],
    topics,
    referenced_works: referenced,
    referenced_works_count: referenced.length,
    counts_by_year: countsByYear,
    abstract_inverted_index: hasAbstract ? invertedIndex(workAbstract(work.index)) : null,
  };
}
