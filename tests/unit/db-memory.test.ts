/** Embedded Neo4j memory chosen from the store's size and the machine's memory (db/memory.ts). */
import { describe, expect, it } from "vitest";
import { memoryFor } from "../../db/memory.ts";

const MB = 2 ** 20;

describe("memoryFor", () => {
  it.each([
    // store MB, machine MB, heap, page cache: worked out by hand from the rules in db/memory.ts's header
    { store: 0, machine: 24_576, heap: 2048, pageCache: 1024 }, // empty store: the floors
    { store: 70, machine: 24_576, heap: 2048, pageCache: 1024 }, // the demo: unchanged from the old fixed defaults
    { store: 913, machine: 24_576, heap: 2048, pageCache: 1280 }, // 100k works: 913 × 1.2 = 1,096 → 1,280
    { store: 7_700, machine: 24_576, heap: 4096, pageCache: 9472 }, // 1M works: 9,240 → 9,472, under half of 24 GB
    { store: 7_700, machine: 8_192, heap: 2048, pageCache: 4096 }, // small machine: heap ≤ ¼, page cache ≤ ½
    { store: 60_000, machine: 65_536, heap: 4096, pageCache: 32_768 }, // store larger than the machine can cache
  ])("$store MB store on $machine MB → heap $heap, page cache $pageCache", ({ store, machine, heap, pageCache }) => {
    expect(memoryFor(store * MB, machine * MB)).toEqual({ heapMb: heap, pageCacheMb: pageCache });
  });

  it("never gives heap and page cache together more than three quarters of the machine", () => {
    for (const machine of [2048, 4096, 8192, 16_384, 24_576])
      for (const store of [0, 500, 5000, 50_000]) {
        const { heapMb, pageCacheMb } = memoryFor(store * MB, machine * MB);
        expect(heapMb + pageCacheMb).toBeLessThanOrEqual((machine * 3) / 4);
      }
  });
});
