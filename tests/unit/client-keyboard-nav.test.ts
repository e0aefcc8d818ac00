import { describe, expect, it } from "vitest";
import { clockwiseOrder, cycle, describeNode, nearestInDirection } from "../../client/graph/keyboard-nav.ts";

// A plus sign around the origin (screen coordinates: y grows downwards) and two decoys off the axes.
const POINTS = [
  { key: "east", x: 100, y: 0 },
  { key: "far-east", x: 300, y: 5 },
  { key: "west", x: -80, y: 10 },
  { key: "north", x: 0, y: -50 },
  { key: "south", x: 5, y: 120 },
  { key: "north-east-steep", x: 30, y: -200 },
];
const ORIGIN = { x: 0, y: 0 };

describe("nearestInDirection", () => {
  it.each([
    ["right", "east"],
    ["left", "west"],
    ["up", "north"],
    ["down", "south"],
  ] as const)("%s picks the closest node that way", (direction, expected) => {
    expect(nearestInDirection(ORIGIN, POINTS, direction)).toBe(expected);
  });

  it("prefers a node level with you over a nearer one far off the axis", () => {
    const points = [
      { key: "diagonal", x: 40, y: 38 }, // 45°: along 40, across 38 → score 116
      { key: "level", x: 90, y: 2 }, // along 90, across 2 → score 94
    ];
    expect(nearestInDirection(ORIGIN, points, "right")).toBe("level");
  });

  it("ignores nodes behind or more than 45° off the arrow, and returns null when nothing lies that way", () => {
    expect(nearestInDirection(ORIGIN, [{ key: "steep", x: 10, y: -100 }], "right")).toBeNull();
    expect(nearestInDirection(ORIGIN, [{ key: "behind", x: -10, y: 0 }], "right")).toBeNull();
    expect(nearestInDirection(ORIGIN, [], "up")).toBeNull();
  });

  it("breaks exact ties by key, so the walk is deterministic", () => {
    const points = [
      { key: "b", x: 10, y: 5 },
      { key: "a", x: 10, y: -5 },
    ];
    expect(nearestInDirection(ORIGIN, points, "right")).toBe("a");
  });
});

describe("clockwiseOrder and cycle", () => {
  it("orders neighbours clockwise from twelve o'clock as drawn", () => {
    expect(
      clockwiseOrder(
        ORIGIN,
        POINTS.filter((p) => !p.key.includes("-")),
      ),
    ).toEqual(["north", "east", "south", "west"]);
  });

  it("Tab starts at the first, Shift+Tab at the last, both wrap around", () => {
    const ring = ["a", "b", "c"];
    expect(cycle(ring, null, 1)).toBe("a");
    expect(cycle(ring, null, -1)).toBe("c");
    expect(cycle(ring, "c", 1)).toBe("a");
    expect(cycle(ring, "a", -1)).toBe("c");
    expect(cycle(ring, "b", 1)).toBe("c");
    expect(cycle(ring, "gone", 1)).toBe("a");
    expect(cycle([], null, 1)).toBeNull();
  });
});

describe("describeNode", () => {
  it("reads a researcher as the issue's example does", () => {
    const shelah = {
      kind: "person" as const,
      label: "S.Shelah",
      worksCount: 135,
      coauthorCount: 56,
      peopleCount: null,
    };
    expect(describeNode(shelah, 12)).toBe("S.Shelah, researcher, 135 works, 56 co-authors; 12 neighbours shown");
  });

  it("reads papers by year and citations, topics and institutions by works and people, singulars included", () => {
    expect(describeNode({ kind: "paper", label: "METRO", year: 2022, citationCount: 1 }, 1)).toBe(
      "METRO, paper, 2022, 1 citation; 1 neighbour shown",
    );
    expect(describeNode({ kind: "topic", label: "Logic", worksCount: 1200, peopleCount: 310 }, 0)).toBe(
      "Logic, topic, 1,200 works, 310 researchers; 0 neighbours shown",
    );
  });

  it("leaves out facts the data does not have", () => {
    expect(describeNode({ kind: "person", label: "A.Nobody", worksCount: null, coauthorCount: null }, 3)).toBe(
      "A.Nobody, researcher; 3 neighbours shown",
    );
  });
});
