/**
 * The real distributions the generator is calibrated on, computed from the data shipped in seed/data: Paperscape
 * arXiv 1991–1995 (33k real works; references and citations counted within the set) and the OpenAlex sample (modern
 * works; references are the listed bibliography, since a 300-work sample cites almost nothing inside itself).
 */
import { demoFiles } from "../demo-data.ts";
import { readSource } from "../read-sources.ts";
import type { WorkRecord } from "../work-record.ts";
import { Histogram, type Distributions } from "./stats.ts";

/** Distributions of a set of works; `referencesListed` counts listed references instead of in-set ones. */
export function distributionsOf(works: readonly WorkRecord[], referencesListed = false): Distributions {
  const ids = new Set(works.map((work) => work.id));
  const worksPer = new Map<string, number>();
  const coauthors = new Map<string, Set<string>>();
  const cited = new Map<string, number>();
  const references = new Histogram();
  for (const work of works) {
    for (const author of work.authors) {
      worksPer.set(author.id, (worksPer.get(author.id) ?? 0) + 1);
      const set = coauthors.get(author.id) ?? new Set<string>();
      for (const other of work.authors) if (other.id !== author.id) set.add(other.id);
      coauthors.set(author.id, set);
    }
    const inSet = work.references.filter((id) => ids.has(id));
    for (const id of inSet) cited.set(id, (cited.get(id) ?? 0) + 1);
    references.add(referencesListed ? (work.referencesTotal ?? work.references.length) : inSet.length);
  }
  return {
    "authors per work": new Histogram().addAll(works.map((work) => work.authors.length)).summary(),
    "works per author": new Histogram().addAll(worksPer.values()).summary(),
    "co-authors per author": new Histogram().addAll([...coauthors.values()].map((set) => set.size)).summary(),
    "references per work (in set)": references.summary(),
    "citations received": new Histogram().addAll(works.map((work) => cited.get(work.id) ?? 0)).summary(),
    "topics per work": new Histogram().addAll(works.map((work) => work.topics.length)).summary(),
  };
}

/** Real distributions: `paperscape` (arXiv 1991–1995) and `openalex` (the modern sample). */
export function realDistributions(): { paperscape: Distributions; openalex: Distributions } {
  const files = demoFiles();
  const paperscape = files.filter((file) => file.endsWith(".csv")).flatMap((file) => readSource(file).works);
  const openalex = files.filter((file) => file.endsWith(".jsonl")).flatMap((file) => readSource(file).works);
  return { paperscape: distributionsOf(paperscape), openalex: distributionsOf(openalex, true) };
}
