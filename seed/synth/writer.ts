/**
 * Writes JSON lines into gzipped partitions (`part_000.jsonl.gz`, …), the layout of an OpenAlex snapshot, honouring
 * back-pressure so memory stays bounded whatever the number of works.
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { createGzip, type Gzip } from "node:zlib";
import { finished } from "node:stream/promises";

export interface PartitionWriter {
  write(record: unknown): Promise<void>;
  close(): Promise<string[]>;
}

/** Opens a writer that starts a new partition every `perPart` records. */
export function openPartitionWriter(dir: string, perPart: number): PartitionWriter {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let gzip: Gzip | null = null;
  let done: Promise<void> = Promise.resolve();
  let inPart = 0;

  const closePart = async () => {
    if (!gzip) return;
    gzip.end();
    await done;
    gzip = null;
  };
  return {
    async write(record) {
      if (!gzip || inPart === perPart) {
        await closePart();
        const file = join(dir, `part_${String(files.length).padStart(3, "0")}.jsonl.gz`);
        files.push(file);
        gzip = createGzip({ level: 6 });
        const out = createWriteStream(file);
        gzip.pipe(out);
        done = finished(out);
        inPart = 0;
      }
      inPart += 1;
      if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, "drain");
    },
    async close() {
      await closePart();
      return files;
    },
  };
}
