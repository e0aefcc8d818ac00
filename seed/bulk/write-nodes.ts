/**
 * The bulk path's closing writes: citations resolved against the complete set of works (only works present are
 * linked, as link-citations.cypher does), then the Paper rows with their in-graph citation counts, and the Topic,
 * Institution and Venue rows with their counters.
 */
import { join } from "node:path";
import { inputLines } from "../input-files.ts";
import type { BulkCollector } from "./collector.ts";
import { openCsv, putRow, type CsvFile, type CsvValue } from "./csv.ts";
import type { PeopleDerived } from "./derive-people.ts";

/** Writes CITES; returns each work's in-graph citation count and the number of links. */
export async function writeCitations(
  collector: BulkCollector,
  dir: string,
): Promise<{ cited: Uint32Array; linked: number }> {
  const cited = new Uint32Array(collector.works.ids.length);
  const cites = openCsv(join(dir, "cites.csv.gz"), [":START_ID(Paper)", ":END_ID(Paper)"]);
  for await (const line of inputLines(collector.referencesFile)) {
    if (line === "") continue;
    const tab = line.indexOf("\t");
    const citing = Number(line.slice(0, tab));
    const target = collector.works.index.get(JSON.parse(line.slice(tab + 1)) as string);
    if (target === undefined) continue;
    cited[target]! += 1;
    await putRow(cites, [collector.works.ids[citing]!, collector.works.ids[target]!]);
  }
  await cites.close();
  return { cited, linked: cites.rows };
}

/** Writes the node files of papers, topics, institutions and venues; returns every file written. */
export async function writeNodes(
  collector: BulkCollector,
  dir: string,
  cited: Uint32Array,
  people: PeopleDerived,
): Promise<CsvFile[]> {
  const papers = openCsv(join(dir, "papers.csv.gz"), [
    "id:ID(Paper)",
    "title",
    "year:double",
    "type",
    "abstract",
    "doi",
    "url",
    "references:string[]",
    "referencesTotal:double",
    "sourceCitedBy:double",
    "sourceCitationYears:double[]",
    "sourceCitationCounts:double[]",
    "source",
    "authorCount:long",
    "citationCount:long",
  ]);
  let work = 0;
  for await (const line of inputLines(collector.paperRowsFile)) {
    if (line === "") continue;
    await putRow(papers, [...(JSON.parse(line) as CsvValue[]), cited[work++]!]);
  }
  const topics = openCsv(join(dir, "topics.csv.gz"), [
    "id:ID(Topic)",
    "name",
    "code",
    "field",
    "domain",
    "worksCount:long",
    "peopleCount:long",
  ]);
  for (const [t, topic] of collector.topics.records.entries())
    await putRow(topics, [
      topic.id,
      topic.name,
      topic.code,
      topic.field,
      topic.domain,
      collector.topicWorks[t] ?? 0,
      people.topicPeople[t]!,
    ]);
  const institutions = openCsv(join(dir, "institutions.csv.gz"), [
    "id:ID(Institution)",
    "name",
    "ror",
    "country",
    "type",
    "peopleCount:long",
  ]);
  for (const [i, inst] of collector.institutions.records.entries())
    await putRow(institutions, [inst.id, inst.name, inst.ror, inst.country, inst.type, people.institutionPeople[i]!]);
  const venues = openCsv(join(dir, "venues.csv.gz"), ["id:ID(Venue)", "name", "type"]);
  for (const venue of collector.venues.records) await putRow(venues, [venue.id, venue.name, venue.type]);
  await Promise.all([papers.close(), topics.close(), institutions.close(), venues.close()]);
  return [papers, topics, institutions, venues];
}
