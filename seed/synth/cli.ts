/**
 * `npm run synth -- --works N --seed S --out <dir> [--profile modern|arxiv1990s] [--per-part N]` writes a calibrated
 * synthetic field as OpenAlex works in gzipped JSON-lines partitions, then prints the realised distributions beside
 * the real ones measured on seed/data. Exit code 2 on bad usage.
 */
import { generate } from "./generate.ts";
import { profileNamed } from "./profiles.ts";
import { realDistributions } from "./real-stats.ts";
import { formatDistributions } from "./stats.ts";

const USAGE = "usage: npm run synth -- --works N --seed S --out <dir> [--profile modern|arxiv1990s] [--per-part N]";

function parseArgs(argv: string[]) {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]!;
    if (!["--works", "--seed", "--out", "--profile", "--per-part"].includes(key))
      throw new Error(`unknown option ${key}`);
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${key} needs a value`);
    values.set(key, value);
  }
  const integer = (key: string, fallback?: number): number => {
    const value = values.has(key) ? Number(values.get(key)) : fallback;
    if (value === undefined || !Number.isInteger(value) || value < 1)
      throw new Error(`${key} must be a positive integer`);
    return value;
  };
  const out = values.get("--out");
  if (!out) throw new Error("--out is required");
  return {
    works: integer("--works"),
    seed: integer("--seed", 42),
    out,
    profile: profileNamed(values.get("--profile") ?? "modern"),
    perPart: integer("--per-part", 100_000),
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`synth: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const result = await generate({
    ...args,
    // Redrawn in place on a terminal; one line per tenth otherwise (CI logs).
    onProgress: (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\rsynth: ${done}/${total} works${done === total ? "\n" : ""}`);
      else if (done % Math.max(10_000, Math.ceil(total / 100_000) * 10_000) === 0 || done === total)
        process.stderr.write(`synth: ${done}/${total} works\n`);
    },
  });
  const real = realDistributions();
  console.log(
    `synth ${args.profile.name} seed ${args.seed}: ${result.works} works, ${result.people} people, ${result.topics} topics, ` +
      `${result.institutions} institutions, ${result.venues} venues, ${result.authorships} authorships, ` +
      `${result.references} in-set references → ${result.files.length} file(s) in ${args.out} · ${result.seconds.toFixed(1)} s`,
  );
  console.log(
    formatDistributions({
      [`synthetic ${args.profile.name}`]: result.realised,
      "real: Paperscape arXiv 1991–95": real.paperscape,
      "real: OpenAlex sample (refs listed)": real.openalex,
    }),
  );
  console.log(`(co-authors per author: exact for a hashed sample of ${result.sampledPeople} synthetic people)`);
  return 0;
}

process.exitCode = await main();
