/**
 * The bulk path's closing writes: citations resolved against the complete set of works (only works present are
 * linked, as link-citations.cypher does), then the Paper rows with their in-graph citation counts, and the Topic,
 * Institution and Venue rows with their counters.
 */
import { join } from "node:path";
import { createReadStream } from "node:fs";
import type { BulkCollector } from "./collector.ts";
import { openCsv, putRow, type CsvFile } from "./csv.ts";
import type { PeopleDerived } from "./derive-people.ts";

/** Writes CITES; returns each work's in-graph citation count and the number of links. */
export async function writeCitations(
  collector: BulkCollector,
  dir: string,
): Promise<{ cited: Uint32Array; linked: number }> {
  const works = collector.works;
  const cited = new Uint32Array(works.ids.length);
  // Each referenced id resolved once: the work it names, or -1 (a dangling reference stays unlinked).
  const targetWork = Int32Array.from(collector.referenced.ids, (id) => works.index.get(id) ?? -1);
  const cites = openCsv(join(dir, "cites.csv"), [":START_ID(Paper)", ":END_ID(Paper)"]);
  const citing = collector.referenceCiting.view();
  const targets = collector.referenceTarget.view();
  for (let k = 0; k < citing.length; k += 1) {
    const target = targetWork[targets[k]!]!;
    if (target < 0) continue;
    cited[target]! += 1;
    const pending = cites.writeLine(`${citing[k]!},${target}`);
    if (pending) await pending;
  }
  await cites.close();
  return { cited, linked: cites.rows };
}

/** The paper rows of the side file (formatted during the pass), each given to `row` in order as a string. */
async function forEachPaperRow(collector: BulkCollector, row: (text: string, index: number) => unknown): Promise<void> {
  const lengths = collector.paperRowBytes.view();
  let index = 0;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(collector.paperRowsFile, { highWaterMark: 1 << 20 })) {
    const buffer: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let offset = 0;
    while (index < lengths.length && offset + lengths[index]! <= buffer.length) {
      const pending = row(buffer.toString("utf8", offset, offset + lengths[index]!), index);
      offset += lengths[index]!;
      index += 1;
      if (pending) await pending;
    }
    carry = buffer.subarray(offset);
  }
}

/** Writes the node files of papers, topics, institutions and venues; returns every file written. */
export async function writeNodes(
  collector: BulkCollector,
  dir: string,
  cited: Uint32Array,
  people: PeopleDerived,
): Promise<CsvFile[]> {
  const papers = openCsv(join(dir, "papers.csv"), [
    ":ID(Paper)",
    "id",
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
  await forEachPaperRow(collector, (row, work) => papers.writeLine(`${row}${cited[work]!}`));
  const topics = openCsv(join(dir, "topics.csv"), [
    ":ID(Topic)",
    "id",
    "name",
    "code",
    "field",
    "domain",
    "worksCount:long",
    "peopleCount:long",
  ]);
  for (const [t, topic] of collector.topics.records.entries())
    await putRow(topics, [
      t,
      topic.id,
      topic.name,
      topic.code,
      topic.field,
      topic.domain,
      collector.topicWorks[t] ?? 0,
      people.topicPeople[t]!,
    ]);
  const institutions = openCsv(join(dir, "institutions.csv"), [
    ":ID(Institution)",
    "id",
    "name",
    "ror",
    "country",
    "type",
    "peopleCount:long",
  ]);
  for (const [i, inst] of collector.institutions.records.entries())
    await putRow(institutions, [
      i,
      inst.id,
      inst.name,
      inst.ror,
      inst.country,
      inst.type,
      people.institutionPeople[i]!,
    ]);
  const venues = openCsv(join(dir, "venues.csv"), [":ID(Venue)", "id", "name", "type"]);
  for (const [v, venue] of collector.venues.records.entries())
    await putRow(venues, [v, venue.id, venue.name, venue.type]);
  await Promise.all([papers.close(), topics.close(), institutions.close(), venues.close()]);
  return [papers, topics, institutions, venues];
}
