/** Budget sharing and ring selection of neighbourhood slices (server/graph/slice-plan.ts). */
import { describe, expect, it } from "vitest";
import type { NodeKind } from "../../contract/kinds.ts";
import {
  allocateBudget,
  edgeInYears,
  interleaveByRank,
  selectFirstRing,
  selectSecondRing,
  type NeighbourRow,
} from "../../server/graph/slice-plan.ts";

function rows(seed: string, kind: NodeKind, count: number, total = count, prefix: string = kind): NeighbourRow[] {
  return Array.from({ length: count }, (_, rank) => ({
    seed,
    kind,
    total,
    rank,
    eid: `${seed}/${prefix}${rank}`,
    node: { kind, id: `${prefix}${rank}` },
  }));
}

describe("allocateBudget", () => {
  it("shares equally and gives what a small kind cannot use to the others", () => {
    expect(allocateBudget({ person: 100, paper: 100, topic: 3 }, 63)).toEqual({ person: 30, paper: 30, topic: 3 });
  });
  it("never exceeds what is available or the budget", () => {
    const quota = allocateBudget({ person: 5, paper: 2 }, 100);
    expect(quota).toEqual({ person: 5, paper: 2 });
    const tight = allocateBudget({ person: 50, paper: 50, topic: 50 }, 10);
    expect(Object.values(tight).reduce((a, b) => a + (b ?? 0), 0)).toBe(10);
  });
  it("is empty for a zero budget", () => {
    expect(allocateBudget({ person: 5 }, 0)).toEqual({ person: 0 });
  });
});

describe("selectFirstRing", () => {
  it("keeps the best of each kind and reports the rest as omitted, using the kind totals", () => {
    const input = [...rows("f", "paper", 40, 135), ...rows("f", "person", 40, 56), ...rows("f", "topic", 3)];
    const { rows: chosen, omitted } = selectFirstRing(input, 43);
    expect(chosen.filter((r) => r.kind === "topic")).toHaveLength(3);
    expect(chosen.filter((r) => r.kind === "paper").map((r) => r.rank)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    expect(omitted).toEqual({ paper: 115, person: 36, topic: 0 });
  });
});

describe("selectSecondRing", () => {
  it("prefers candidates reached from several shown nodes and skips shown ones", () => {
    const a = rows("a", "person", 3, 3, "x");
    const b = rows("b", "person", 3, 3, "y");
    b[2] = { ...b[2]!, node: { kind: "person", id: "x2" }, eid: "b/x2" }; // x2 reachable from a and b
    const { rows: chosen } = selectSecondRing([...a, ...b], new Set(["person:x0"]), ["a", "b"], 2);
    expect(chosen.map((r) => r.node.id)).toEqual(["x2", "y0"]);
  });
  it("counts what seeds have beyond what they returned", () => {
    const { omitted } = selectSecondRing(rows("a", "paper", 2, 10), new Set(), ["a"], 1);
    expect(omitted.paper).toBe(1 + 8);
  });
});

describe("interleaveByRank", () => {
  it("alternates kinds by rank", () => {
    const order = interleaveByRank([...rows("s", "paper", 2), ...rows("s", "person", 3)]).map((r) => r.node.id);
    expect(order).toEqual(["person0", "paper0", "person1", "paper1", "person2"]);
  });
});

describe("edgeInYears", () => {
  const coauthor = { type: "COAUTHOR", props: { firstYear: 1992, lastYear: 1994 } };
  it.each([
    [null, null, true],
    [1994, null, true],
    [1995, null, false],
    [null, 1992, true],
    [null, 1991, false],
    [1993, 1993, true],
  ])("co-authorship 1992–1994 within [%s, %s]: %s", (from, to, kept) =>
    expect(edgeInYears(coauthor, from, to)).toBe(kept),
  );
  it("keeps topic links that reach `from` and every other kind", () => {
    expect(edgeInYears({ type: "WORKS_ON", props: { lastYear: 1993 } }, 1994, null)).toBe(false);
    expect(edgeInYears({ type: "WORKS_ON", props: { lastYear: 1995 } }, 1994, null)).toBe(true);
    expect(edgeInYears({ type: "AUTHORED", props: {} }, 1994, 1994)).toBe(true);
  });
});
