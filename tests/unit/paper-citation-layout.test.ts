/** The paper graph's pure parts (issue 12 §5): positions by side and rank, the year scale, the page layer. */
import { describe, expect, it } from "vitest";
import {
  citationLayer,
  citationPositions,
  COLUMN_SIZE,
  NO_YEAR_COLOR,
  YEAR_PALETTE,
  yearScale,
} from "../../client/pages/paper/citation-layout.ts";
import { relevanceLine } from "../../client/pages/paper/citation-lists.ts";

describe("citationPositions", () => {
  const nodes = [
    { key: "f", side: "focus" as const, rank: 0 },
    ...Array.from({ length: 3 }, (_u, i) => ({ key: `r${i + 1}`, side: "reference" as const, rank: i + 1 })),
    ...Array.from({ length: COLUMN_SIZE + 2 }, (_u, i) => ({ key: `c${i + 1}`, side: "citing" as const, rank: i + 1 })),
  ];
  const at = citationPositions(nodes);

  it("puts the focus in the middle, references left and citing works right", () => {
    expect(at.get("f")).toEqual({ x: 0, y: 0 });
    for (const key of ["r1", "r2", "r3"]) expect(at.get(key)!.x).toBeLessThan(0);
    for (let i = 1; i <= COLUMN_SIZE + 2; i += 1) expect(at.get(`c${i}`)!.x).toBeGreaterThan(0);
  });

  it("ranks top down (larger y is higher in Sigma) and opens a further column past COLUMN_SIZE", () => {
    expect(at.get("r1")!.y).toBeGreaterThan(at.get("r2")!.y);
    expect(at.get("r2")!.y).toBeGreaterThan(at.get("r3")!.y);
    expect(at.get(`c${COLUMN_SIZE + 1}`)!.x).toBeGreaterThan(at.get("c1")!.x);
    expect(at.get(`c${COLUMN_SIZE + 1}`)!.y).toBe(at.get("c1")!.y);
    // A short side is centred on the focus.
    expect(at.get("r2")!.y).toBe(0);
  });
});

describe("yearScale", () => {
  it("bins years oldest to newest and lists only the bins in use", () => {
    const scale = yearScale([1991, 1995, 1995, null]);
    expect(scale.colorOf(1991)).toBe(YEAR_PALETTE[0]);
    expect(scale.colorOf(1995)).toBe(YEAR_PALETTE[4]);
    expect(scale.colorOf(null)).toBe(NO_YEAR_COLOR);
    expect(scale.legend.map((entry) => entry.label)).toEqual(["1991", "1995"]);
  });

  it("groups years when there are more years than colours", () => {
    const scale = yearScale([1980, 1989, 1990, 1999]);
    // 20 years in 5 colours: four years a colour; 1989 and 1990 share one.
    expect(scale.legend.map((entry) => entry.label)).toEqual(["1980–1983", "1988–1991", "1996–1999"]);
    expect(scale.colorOf(1999)).toBe(YEAR_PALETTE[4]);
    expect(yearScale([]).legend).toEqual([]);
  });
});

describe("citationLayer", () => {
  const scale = yearScale([1993, 1994]);
  const nodes: [string, { side: "focus" | "reference" | "citing"; year: number; relevance: number }][] = [
    ["f", { side: "focus", year: 1994, relevance: 0 }],
    ["a", { side: "reference", year: 1993, relevance: 9 }],
    ["b", { side: "citing", year: 1994, relevance: 0 }],
  ];

  it("colours by year, sizes by relevance (the focus biggest), draws arrows", () => {
    const layer = citationLayer(nodes, scale);
    expect(layer.colors.get("a")).toBe(scale.colorOf(1993));
    expect(layer.sizes.get("a")!).toBeGreaterThan(layer.sizes.get("b")!);
    expect(layer.sizes.get("f")!).toBeGreaterThan(layer.sizes.get("a")!);
    expect(layer.arrows).toBe(true);
    expect(layer.hiddenNodes.size).toBe(0);
  });

  it("keeps one year's works and the focus when a year is chosen", () => {
    expect([...citationLayer(nodes, scale, 1993).hiddenNodes]).toEqual(["b"]);
  });
});

describe("relevanceLine", () => {
  it("says why a work ranks where it does", () => {
    expect(relevanceLine({ cocitation: 3, coupling: 1 })).toBe(
      "Cited together with it by 3 works · 1 shared reference",
    );
    expect(relevanceLine({ cocitation: 0, coupling: 2 })).toBe("2 shared references");
    expect(relevanceLine({ cocitation: 0, coupling: 0 })).toBe("No co-citation or shared reference in the graph");
  });
});
