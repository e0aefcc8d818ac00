/**
 * The derived edges and counters of every person, computed from the collector's flat arrays exactly as the
 * incremental path's Cypher computes them (cypher/import/build-*.cypher, update-person-stats.cypher), read ranks
 * included: one person at a time, with maps local to that person, so memory is bounded by the largest neighbourhood,
 * not by the pair count.
 */
import { join } from "node:path";
import { COAUTHOR_MAX_AUTHORS } from "../coauthor-pairs.ts";
import type { BulkCollector } from "./collector.ts";
import { csvField, csvRow, openCsv, putRow } from "./csv.ts";

interface Tally {
  works: number;
  lastYear: number;
}

interface Shared {
  works: number[];
}

/** Sort ranks of ids in string order (Cypher compares ids the same way for the ASCII ids sources give). */
export function rankByString(ids: readonly string[]): Uint32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Uint32Array(ids.length);
  order.forEach((index, position) => (rank[index] = position));
  return rank;
}

const maxYear = (a: number, b: number): number => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b));
const minYear = (a: number, b: number): number => (Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b));
const yearOrNull = (year: number): number | null => (Number.isNaN(year) ? null : year);

function tally(map: Map<number, Tally>, key: number, year: number): void {
  const entry = map.get(key);
  if (entry) {
    entry.works += 1;
    entry.lastYear = maxYear(entry.lastYear, year);
  } else map.set(key, { works: 1, lastYear: year });
}

export interface PeopleDerived {
  coauthorEdges: number;
  worksOnEdges: number;
  affiliationEdges: number;
  topicPeople: number[];
  institutionPeople: number[];
}

/** Writes COAUTHOR, WORKS_ON, AFFILIATED_WITH and the Person nodes with their counters. */
export async function derivePeople(collector: BulkCollector, dir: string): Promise<PeopleDerived> {
  const c = collector;
  const personCount = c.people.ids.length;
  const personRank = rankByString(c.people.ids);
  const topicRank = rankByString(c.topics.ids);
  // People → their authorships (a CSR index built by counting).
  const start = new Uint32Array(personCount + 1);
  for (const person of c.authorshipPerson) start[person + 1]! += 1;
  for (let p = 0; p < personCount; p += 1) start[p + 1]! += start[p]!;
  const fill = start.slice(0, personCount);
  const byPerson = new Uint32Array(c.authorshipPerson.length);
  c.authorshipPerson.forEach((person, authorship) => (byPerson[fill[person]!++] = authorship));

  // Nodes by their interned numbers (--id-type=integer); toId is the source id.
  const coauthor = openCsv(join(dir, "coauthor.csv"), [
    ":START_ID(Person)",
    ":END_ID(Person)",
    "works:long",
    "firstYear:double",
    "lastYear:double",
    "topics:string[]",
  ]);
  const worksOn = openCsv(join(dir, "works-on.csv"), [
    ":START_ID(Person)",
    ":END_ID(Topic)",
    "works:long",
    "lastYear:double",
    "toId",
    "rank:long",
  ]);
  const affiliated = openCsv(join(dir, "affiliated-with.csv"), [
    ":START_ID(Person)",
    ":END_ID(Institution)",
    "works:long",
    "lastYear:double",
    "toId",
    "rank:long",
  ]);
  /** A pair's three most frequent topics over its shared works (ties by id), as a CSV field. */
  const topTopics = (works: readonly number[]): string => {
    const counts = new Map<number, number>();
    for (const work of works)
      for (let t = c.workTopicStart[work]!; t < c.workTopicStart[work + 1]!; t += 1)
        counts.set(c.workTopics[t]!, (counts.get(c.workTopics[t]!) ?? 0) + 1);
    const top = [...counts]
      .sort((x, y) => y[1] - x[1] || topicRank[x[0]]! - topicRank[y[0]]!)
      .slice(0, 3)
      .map(([topic]) => c.topics.ids[topic]!);
    return csvField(top);
  };
  const oneWorkTopics: (string | undefined)[] = [];
  const coauthorCount = new Uint32Array(personCount);
  const topicCount = new Uint32Array(personCount);
  const topicPeople = new Array<number>(c.topics.ids.length).fill(0);
  const institutionPeople = new Array<number>(c.institutions.ids.length).fill(0);

  for (let p = 0; p < personCount; p += 1) {
    const pairs = new Map<number, Shared>();
    const topics = new Map<number, Tally>();
    const institutions = new Map<number, Tally>();
    for (let k = start[p]!; k < start[p + 1]!; k += 1) {
      const authorship = byPerson[k]!;
      const work = c.authorshipWork[authorship]!;
      const year = c.workYear[work]!;
      const hyperAuthored = c.workAuthorStart[work + 1]! - c.workAuthorStart[work]! > COAUTHOR_MAX_AUTHORS;
      for (let a = c.workAuthorStart[work]!; !hyperAuthored && a < c.workAuthorStart[work + 1]!; a += 1) {
        const other = c.authorshipPerson[a]!;
        if (personRank[other]! <= personRank[p]!) continue;
        const shared = pairs.get(other);
        if (shared) shared.works.push(work);
        else pairs.set(other, { works: [work] });
      }
      for (let t = c.workTopicStart[work]!; t < c.workTopicStart[work + 1]!; t += 1)
        tally(topics, c.workTopics[t]!, year);
      for (let i = c.authorshipInstitutionStart[authorship]!; i < c.authorshipInstitutionStart[authorship + 1]!; i += 1)
        tally(institutions, c.authorshipInstitutions[i]!, year);
    }
    for (const [other, shared] of pairs) {
      let first = Number.NaN;
      let last = Number.NaN;
      for (const work of shared.works) {
        first = minYear(first, c.workYear[work]!);
        last = maxYear(last, c.workYear[work]!);
      }
      // Most pairs share one work: its top topics are formatted once, not once per pair.
      const only = shared.works.length === 1 ? shared.works[0]! : -1;
      const top = only >= 0 ? (oneWorkTopics[only] ??= topTopics(shared.works)) : topTopics(shared.works);
      coauthorCount[p]! += 1;
      coauthorCount[other]! += 1;
      const pending = coauthor.writeLine(
        `${csvRow([p, other, shared.works.length, yearOrNull(first), yearOrNull(last)])},${top}`,
      );
      if (pending) await pending;
    }
    // Read ranks (docs/DATA-MODEL.md), the expressions of build-works-on.cypher and build-affiliations.cypher.
    const worksCount = start[p + 1]! - start[p]!;
    for (const [topic, entry] of topics) {
      topicPeople[topic]! += 1;
      const topicId = c.topics.ids[topic]!;
      const rank = entry.works * 1_000_000 + worksCount;
      await putRow(worksOn, [p, topic, entry.works, yearOrNull(entry.lastYear), topicId, rank]);
    }
    topicCount[p] = topics.size;
    for (const [institution, entry] of institutions) {
      institutionPeople[institution]! += 1;
      const institutionId = c.institutions.ids[institution]!;
      await putRow(affiliated, [p, institution, entry.works, yearOrNull(entry.lastYear), institutionId, entry.works]);
    }
  }
  await Promise.all([coauthor.close(), worksOn.close(), affiliated.close()]);

  const people = openCsv(join(dir, "people.csv"), [
    ":ID(Person)",
    "id",
    "name",
    "orcid",
    "verification",
    "claimed:boolean",
    "followers:double",
    "headline",
    "worksCount:long",
    "coauthorCount:long",
    "topicCount:long",
    "firstYear:double",
    "lastYear:double",
  ]);
  for (let p = 0; p < personCount; p += 1) {
    const facts = c.people.records[p]!;
    let first = Number.NaN;
    let last = Number.NaN;
    for (let k = start[p]!; k < start[p + 1]!; k += 1) {
      const year = c.workYear[c.authorshipWork[byPerson[k]!]!]!;
      first = minYear(first, year);
      last = maxYear(last, year);
    }
    await putRow(people, [
      p,
      c.people.ids[p]!,
      facts.name,
      facts.orcid,
      facts.extra?.verification,
      facts.extra?.claimed,
      facts.extra?.followers,
      facts.extra?.headline,
      start[p + 1]! - start[p]!,
      coauthorCount[p]!,
      topicCount[p]!,
      yearOrNull(first),
      yearOrNull(last),
    ]);
  }
  await people.close();
  return {
    coauthorEdges: coauthor.rows,
    worksOnEdges: worksOn.rows,
    affiliationEdges: affiliated.rows,
    topicPeople,
    institutionPeople,
  };
}
