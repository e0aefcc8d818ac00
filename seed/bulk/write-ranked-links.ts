/**
 * HAS_TOPIC and PUBLISHED_IN with their read ranks (docs/DATA-MODEL.md "Read ranks"): the paper's rank among a topic's
 * or a venue's papers is `citationCount × 10⁴ + coalesce(year, 9999)`, so these rows wait until every citation is
 * counted. The value keeps the type the Cypher expression gives (cypher/import/update-paper-citations.cypher): a
 * double when the paper has a year (years are stored as doubles), an integer when it has none, so the rows go to two
 * files per type, each with its own header.
 */
import { join } from "node:path";
import type { BulkCollector } from "./collector.ts";
import { csvField, openCsv, type CsvFile } from "./csv.ts";

/** A relationship type and the files that hold its rows. */
export interface RelationshipFiles {
  type: string;
  files: CsvFile[];
}

/** The paper's read rank, as update-paper-citations.cypher computes it. */
export const paperRank = (citationCount: number, year: number): number =>
  citationCount * 10000 + (Number.isNaN(year) ? 9999 : year);

/** Writes HAS_TOPIC and PUBLISHED_IN (with toId and rank) for every work; `cited` holds the in-graph citation counts. */
export async function writeRankedLinks(
  collector: BulkCollector,
  dir: string,
  cited: Uint32Array,
): Promise<RelationshipFiles[]> {
  const c = collector;
  const open = (name: string, header: string[], rank: string) => openCsv(join(dir, name), [...header, "toId", rank]);
  const topicHeader = [":START_ID(Paper)", ":END_ID(Topic)", "primary:boolean", "score:double"];
  const venueHeader = [":START_ID(Paper)", ":END_ID(Venue)"];
  // [year known, no year]
  const hasTopic = [
    open("has-topic.csv", topicHeader, "rank:double"),
    open("has-topic-no-year.csv", topicHeader, "rank:long"),
  ];
  const publishedIn = [
    open("published-in.csv", venueHeader, "rank:double"),
    open("published-in-no-year.csv", venueHeader, "rank:long"),
  ];
  const topicIds = c.topics.ids.map((id) => csvField(id));
  const venueIds = c.venues.ids.map((id) => csvField(id));
  // Start and end nodes by their interned numbers (--id-type=integer), toId the source id.
  for (let work = 0; work < c.works.ids.length; work += 1) {
    const year = c.workYear[work]!;
    const side = Number.isNaN(year) ? 1 : 0;
    const rank = paperRank(cited[work]!, year);
    for (let k = c.workTopicStart[work]!; k < c.workTopicStart[work + 1]!; k += 1) {
      const topic = c.workTopics[k]!;
      const score = c.workTopicScore[k]!;
      const pending = hasTopic[side]!.writeLine(
        `${work},${topic},${c.workTopicPrimary[k]!},${Number.isNaN(score) ? "" : score},${topicIds[topic]!},${rank}`,
      );
      if (pending) await pending;
    }
    const venue = c.workVenue[work]!;
    if (venue >= 0) {
      const pending = publishedIn[side]!.writeLine(`${work},${venue},${venueIds[venue]!},${rank}`);
      if (pending) await pending;
    }
  }
  await Promise.all([...hasTopic, ...publishedIn].map((file) => file.close()));
  return [
    { type: "HAS_TOPIC", files: hasTopic },
    { type: "PUBLISHED_IN", files: publishedIn },
  ];
}
