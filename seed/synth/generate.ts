/** One generation run: works in publication order, written as OpenAlex JSON lines, distributions tracked. */
import { rmSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { toOpenAlexWork } from "./openalex-json.ts";
import type { SynthProfile } from "./profiles.ts";
import { RealisedDistributions } from "./realised.ts";
import type { Distributions } from "./stats.ts";
import { SynthWorld } from "./world.ts";
import { openPartitionWriter } from "./writer.ts";

export interface SynthOptions {
  works: number;
  seed: number;
  out: string;
  profile: SynthProfile;
  perPart?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SynthResult {
  files: string[];
  works: number;
  people: number;
  topics: number;
  institutions: number;
  venues: number;
  authorships: number;
  references: number;
  realised: Distributions;
  sampledPeople: number;
  seconds: number;
}

/** Generates `works` works into `out` (replacing partitions a previous run left there). */
export async function generate(options: SynthOptions): Promise<SynthResult> {
  const started = performance.now();
  if (existsSync(options.out)) {
    for (const name of readdirSync(options.out))
      if (/^part_\d+\.jsonl\.gz$/.test(name)) rmSync(join(options.out, name));
  }
  const world = new SynthWorld(options.profile, options.works, options.seed);
  const realised = new RealisedDistributions(options.works);
  const writer = openPartitionWriter(options.out, options.perPart ?? 100_000);
  let authorships = 0;
  let references = 0;
  while (!world.done) {
    const work = world.nextWork();
    realised.observe(work);
    authorships += work.authors.length;
    references += work.references.length;
    await writer.write(toOpenAlexWork(work, options.profile, world.tree));
    if ((work.index + 1) % 10_000 === 0 || work.index + 1 === options.works)
      options.onProgress?.(work.index + 1, options.works);
  }
  const files = await writer.close();
  return {
    files,
    works: options.works,
    people: world.personCount,
    topics: world.tree.topics.length,
    institutions: world.institutionCount,
    venues: world.venueCount,
    authorships,
    references,
    realised: realised.summary(),
    sampledPeople: realised.sampledPeople,
    seconds: (performance.now() - started) / 1000,
  };
}
