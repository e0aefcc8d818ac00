/**
 * Memory for the embedded Neo4j when RGE_NEO4J_HEAP_MB / RGE_NEO4J_PAGECACHE_MB are not set: chosen from the store's
 * size on disk and the machine's memory (README "Memory"). The page cache is what keeps reads off the disk, so it gets
 * room for the whole store and a margin for growth, bounded by half the machine; the heap holds query state (the
 * widest reads at a million works collect a few thousand rows per statement), 2 GB up to a 4 GB store, 4 GB above.
 */
import { readdirSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";

export interface NeoMemory {
  heapMb: number;
  pageCacheMb: number;
}

const MIB = 2 ** 20;
/** Floors: the demo (a 70 MB store) and every test ran on these before sizing followed the store. */
const MIN_HEAP_MB = 2048;
const MIN_PAGE_CACHE_MB = 1024;
/** A store above this many MiB gets the larger heap. */
const LARGE_STORE_MB = 4096;
const LARGE_HEAP_MB = 4096;
/** Page cache per MiB of store: room for the store plus 20 % growth (an incremental import adds to it). */
const PAGE_CACHE_PER_STORE = 1.2;

/** Rounds up to whole 256 MiB steps (JVM and page-cache sizes read better that way). */
const roundUp = (mb: number) => Math.ceil(mb / 256) * 256;

/**
 * Pure: the heap and page cache for a store of `storeBytes` on a machine with `totalBytes`. The heap never goes above a
 * quarter of the machine, heap and page cache together never above three quarters (the rest: Node, the OS file cache).
 */
export function memoryFor(storeBytes: number, totalBytes: number): NeoMemory {
  const storeMb = storeBytes / MIB;
  const totalMb = totalBytes / MIB;
  const heapMb = Math.min(storeMb > LARGE_STORE_MB ? LARGE_HEAP_MB : MIN_HEAP_MB, Math.floor(totalMb / 4));
  const pageCacheMb = Math.min(
    Math.max(MIN_PAGE_CACHE_MB, roundUp(storeMb * PAGE_CACHE_PER_STORE)),
    Math.floor(totalMb / 2),
    Math.floor((totalMb * 3) / 4 - heapMb),
  );
  return { heapMb, pageCacheMb: Math.max(64, pageCacheMb) };
}

/** Bytes of every file under `dir` (0 when it does not exist yet). */
export function directoryBytes(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The memory for the store in `dataDir` (its graph database files and transaction logs) on this machine. */
export function memoryForStore(dataDir: string): NeoMemory & { storeBytes: number } {
  const storeBytes = directoryBytes(join(dataDir, "data", "databases", "neo4j"));
  return { ...memoryFor(storeBytes, totalmem()), storeBytes };
}
