/**
 * An independent count of what OpenAlex-format gz partitions hold, read with zlib and JSON.parse only (not the
 * importer's parser nor the generator's summary): the oracle for the bulk/incremental comparison.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface OpenAlexCounts {
  works: number;
  people: number;
  topics: number;
  institutions: number;
  venues: number;
  authorships: number;
  topicLinks: number;
  venueLinks: number;
  /** References whose target is a work in the files (the only ones an import links). */
  inSetReferences: number;
}

interface RawWork {
  id: string;
  authorships: { author: { id: string }; institutions: { id: string }[] }[];
  topics: { id: string }[];
  primary_location: { source: { id: string } | null };
  referenced_works: string[];
}

export function countOpenAlexGz(dir: string): OpenAlexCounts {
  const works: RawWork[] = readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl.gz"))
    .flatMap((name) =>
      gunzipSync(readFileSync(join(dir, name)))
        .toString("utf8")
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as RawWork),
    );
  const ids = new Set(works.map((work) => work.id));
  const people = new Set<string>();
  const topics = new Set<string>();
  const institutions = new Set<string>();
  const venues = new Set<string>();
  let authorships = 0;
  let topicLinks = 0;
  let inSetReferences = 0;
  for (const work of works) {
    for (const authorship of work.authorships) {
      people.add(authorship.author.id);
      for (const institution of authorship.institutions) institutions.add(institution.id);
    }
    authorships += new Set(work.authorships.map((authorship) => authorship.author.id)).size;
    for (const topic of work.topics) topics.add(topic.id);
    topicLinks += new Set(work.topics.map((topic) => topic.id)).size;
    if (work.primary_location.source) venues.add(work.primary_location.source.id);
    inSetReferences += new Set(work.referenced_works.filter((id) => id !== work.id && ids.has(id))).size;
  }
  return {
    works: works.length,
    people: people.size,
    topics: topics.size,
    institutions: institutions.size,
    venues: venues.size,
    authorships,
    topicLinks,
    venueLinks: works.filter((work) => work.primary_location.source !== null).length,
    inSetReferences,
  };
}
