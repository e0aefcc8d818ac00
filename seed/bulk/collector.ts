/**
 * The bulk path's one pass over the input: interns every id to an integer, writes AUTHORED as it goes, and keeps only
 * what the derived edges and the read ranks need (per work: year, authors, topics with their scores, venue; per
 * authorship: person, work, institutions) in flat number arrays: HAS_TOPIC and PUBLISHED_IN carry the paper's read
 * rank, which needs its citation count, so write-nodes.ts writes them once every work is known. References are kept as pairs of numbers and resolved once every work is known,
 * since a reference may point forward; each paper's row is formatted during the pass into a side file, short of the
 * citation count that only the whole input knows.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { join } from "node:path";
import type { InstitutionRecord, PersonRecord, TopicRecord, VenueRecord, WorkRecord } from "../work-record.ts";
import { GrowableUint32 } from "../synth/growable.ts";
import { csvRow, openCsv, putRow, type CsvFile } from "./csv.ts";

export class DuplicateWorkError extends Error {
  constructor(readonly workId: string) {
    super(`work ${workId} is listed twice; the bulk path needs each work once`);
    this.name = "DuplicateWorkError";
  }
}

/** Interns string ids to dense integers in first-seen order. */
export class Interner<T> {
  readonly index = new Map<string, number>();
  readonly ids: string[] = [];
  readonly records: T[] = [];

  /** Returns the id's number; `record` replaces the stored one (the last record seen wins, as in the MERGE path). */
  intern(id: string, record: T): number {
    let number = this.index.get(id);
    if (number === undefined) {
      number = this.ids.length;
      this.index.set(id, number);
      this.ids.push(id);
      this.records.push(record);
    } else this.records[number] = record;
    return number;
  }
}

export interface PersonFacts {
  name: string;
  orcid: string | null;
  extra: PersonRecord | null;
}

export class BulkCollector {
  readonly works = new Interner<null>();
  readonly people = new Interner<PersonFacts>();
  readonly topics = new Interner<TopicRecord>();
  readonly institutions = new Interner<InstitutionRecord>();
  readonly venues = new Interner<VenueRecord>();
  /** Per work: year (NaN when unknown), offset of its first authorship and of its first topic. */
  readonly workYear: number[] = [];
  readonly workAuthorStart: number[] = [0];
  readonly workTopicStart: number[] = [0];
  readonly workTopics: number[] = [];
  /** Per topic link (parallel to `workTopics`): whether it is the work's primary topic, and its score (NaN: none). */
  readonly workTopicPrimary: boolean[] = [];
  readonly workTopicScore: number[] = [];
  /** Per work: its venue's number, or -1. */
  readonly workVenue: number[] = [];
  /** Per authorship: person, work, and the offset of its distinct institutions in `authorshipInstitutions`. */
  readonly authorshipPerson: number[] = [];
  readonly authorshipWork: number[] = [];
  readonly authorshipInstitutionStart: number[] = [0];
  readonly authorshipInstitutions: number[] = [];
  readonly topicWorks: number[] = [];
  /** Per paper row in the side file: its length in bytes (rows may hold line breaks, so lines cannot split them). */
  readonly paperRowBytes = new GrowableUint32();
  /** Per listed reference: the citing work and the referenced id's number in `referenced` (a work or not). */
  readonly referenceCiting = new GrowableUint32();
  readonly referenceTarget = new GrowableUint32();
  readonly referenced = new Interner<null>();
  listedReferences = 0;
  selfCitations = 0;

  readonly authored: CsvFile;
  private readonly papers: WriteStream;
  /** Paper rows not yet written: one stream write per ~64 KB, not one per work (each write is a threadpool hop). */
  private papersPending = "";

  /** `addedAt`: the run's start (ISO 8601), stamped on every authorship as upsert-works.cypher stamps new ones. */
  constructor(
    readonly dir: string,
    private readonly addedAt: string = new Date().toISOString(),
  ) {
    this.authored = openCsv(join(dir, "authored.csv"), [
      ":START_ID(Person)",
      ":END_ID(Paper)",
      "position:double",
      "institutionIds:string[]",
      "addedAt:datetime",
    ]);
    this.papers = createWriteStream(this.paperRowsFile);
  }

  get paperRowsFile(): string {
    return join(this.dir, "papers.rows");
  }

  private async flushPapers(): Promise<void> {
    const text = this.papersPending;
    this.papersPending = "";
    if (!this.papers.write(text)) await once(this.papers, "drain");
  }

  /** Adds one work: its paper row (to the side file), authorships, topics, venue and references. */
  async addWork(work: WorkRecord): Promise<void> {
    if (this.works.index.has(work.id)) throw new DuplicateWorkError(work.id);
    const number = this.works.intern(work.id, null);
    this.workYear.push(work.year ?? Number.NaN);
    // Nodes are identified by their interned number in the CSV files (--id-type=integer: smaller files, and a cheaper
    // id mapping in neo4j-admin than strings); the source id is the `id` property.
    const row = `${number},${csvRow([
      work.id,
      work.title,
      work.year,
      work.type,
      work.abstract,
      work.doi,
      work.url,
      work.references,
      work.referencesTotal,
      work.sourceCitedBy,
      // Numbers as strings: the CSV writer's arrays are string lists; the header types them double[].
      work.sourceCitationYears?.map(String) ?? null,
      work.sourceCitationCounts?.map(String) ?? null,
      work.source,
      work.authors.length,
    ])},`;
    this.paperRowBytes.push(Buffer.byteLength(row));
    this.papersPending += row;
    if (this.papersPending.length >= 1 << 16) await this.flushPapers();
    for (const author of work.authors) {
      const known = this.people.index.get(author.id);
      const previous = known === undefined ? null : this.people.records[known]!;
      const person = this.people.intern(author.id, {
        name: author.name,
        orcid: author.orcid ?? previous?.orcid ?? null,
        extra: previous?.extra ?? null,
      });
      this.authorshipPerson.push(person);
      this.authorshipWork.push(number);
      const distinct = new Set<number>();
      for (const institution of author.institutions)
        distinct.add(this.institutions.intern(institution.id, institution));
      this.authorshipInstitutions.push(...distinct);
      this.authorshipInstitutionStart.push(this.authorshipInstitutions.length);
      await putRow(this.authored, [
        person,
        number,
        author.position,
        author.institutions.map((inst) => inst.id),
        this.addedAt,
      ]);
    }
    this.workAuthorStart.push(this.authorshipPerson.length);
    for (const topic of work.topics) {
      const t = this.topics.intern(topic.id, topic);
      this.topicWorks[t] = (this.topicWorks[t] ?? 0) + 1;
      this.workTopics.push(t);
      this.workTopicPrimary.push(topic.primary);
      this.workTopicScore.push(topic.score ?? Number.NaN);
    }
    this.workTopicStart.push(this.workTopics.length);
    this.workVenue.push(work.venue ? this.venues.intern(work.venue.id, work.venue) : -1);
    for (const reference of work.references) {
      if (reference === work.id) {
        this.selfCitations += 1;
        continue;
      }
      this.listedReferences += 1;
      this.referenceCiting.push(number);
      this.referenceTarget.push(this.referenced.intern(reference, null));
    }
  }

  /** Adds the facts only some sources hold about a person (applied after the works, as upsert-people does). */
  addPerson(record: PersonRecord): void {
    const known = this.people.index.get(record.id);
    const previous = known === undefined ? null : this.people.records[known]!;
    const extra = previous?.extra;
    this.people.intern(record.id, {
      name: record.name,
      orcid: previous?.orcid ?? null,
      extra: {
        ...record,
        verification: record.verification ?? extra?.verification ?? null,
        claimed: record.claimed ?? extra?.claimed ?? null,
        followers: record.followers ?? extra?.followers ?? null,
        headline: record.headline ?? extra?.headline ?? null,
      },
    });
  }

  /** Flushes the files written during the pass. */
  async close(): Promise<void> {
    await this.authored.close();
    await this.flushPapers();
    this.papers.end();
    await finished(this.papers);
  }
}
