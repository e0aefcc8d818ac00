/**
 * Tracks the distributions a generation run realises, in bounded memory: histograms for per-work counts, one counter
 * per person and per work, and exact co-author sets for a hashed sample of people (co-authors of everyone would need
 * the whole pair table).
 */
import { GrowableUint32 } from "./growable.ts";
import { hash32 } from "./prng.ts";
import { Histogram, type Distributions } from "./stats.ts";
import type { SynthWork } from "./world.ts";

const SAMPLED_PEOPLE = 20_000;

export class RealisedDistributions {
  private readonly authors = new Histogram();
  private readonly topics = new Histogram();
  private readonly references = new Histogram();
  private readonly worksPerPerson = new GrowableUint32();
  private readonly cited: Uint32Array;
  private readonly coauthors = new Map<number, Set<number>>();
  private readonly sampleEvery: number;

  constructor(works: number) {
    this.cited = new Uint32Array(works);
    this.sampleEvery = Math.max(1, Math.round((works * 1.5) / SAMPLED_PEOPLE));
  }

  /** People whose co-authors are counted exactly. */
  get sampledPeople(): number {
    return this.coauthors.size;
  }

  observe(work: SynthWork): void {
    this.authors.add(work.authors.length);
    this.topics.add(work.topics.length);
    this.references.add(work.references.length);
    for (const cited of work.references) this.cited[cited] = this.cited[cited]! + 1;
    for (const { person } of work.authors) {
      while (this.worksPerPerson.length <= person) this.worksPerPerson.push(0);
      this.worksPerPerson.set(person, this.worksPerPerson.get(person) + 1);
      if (hash32(person, 97) % this.sampleEvery !== 0) continue;
      const set = this.coauthors.get(person) ?? new Set<number>();
      for (const other of work.authors) if (other.person !== person) set.add(other.person);
      this.coauthors.set(person, set);
    }
  }

  summary(): Distributions {
    return {
      "authors per work": this.authors.summary(),
      "works per author": new Histogram().addAll(this.worksPerPerson.view()).summary(),
      "co-authors per author": new Histogram().addAll([...this.coauthors.values()].map((set) => set.size)).summary(),
      "references per work (in set)": this.references.summary(),
      "citations received": new Histogram().addAll(this.cited).summary(),
      "topics per work": this.topics.summary(),
    };
  }
}
