/** The depth-2 supernode guard (server/graph/supernodes.ts): which first-ring nodes a second ring leaves unexpanded. */
import { describe, expect, it } from "vitest";
import { isSupernode, neighboursToRank, SUPERNODE_NEIGHBOURS } from "../../server/graph/supernodes.ts";
import type { NodeRow } from "../../server/graph/serialized.ts";

const LIMIT = SUPERNODE_NEIGHBOURS;

describe("supernode guard", () => {
  it.each<[string, NodeRow, boolean]>([
    ["a topic, however small", { kind: "topic", id: "t", worksCount: 1 }, true],
    ["a venue, however small", { kind: "venue", id: "v" }, true],
    ["an institution (ranked from an index)", { kind: "institution", id: "i", peopleCount: 200_000 }, false],
    ["a paper cited at the limit", { kind: "paper", id: "p", citationCount: LIMIT }, false],
    ["a paper cited once more", { kind: "paper", id: "p", citationCount: LIMIT + 1 }, true],
    ["a paper without counters", { kind: "paper", id: "p" }, false],
    [
      "a person whose works and co-authors reach the limit",
      { kind: "person", id: "a", worksCount: LIMIT - 400, coauthorCount: 400 },
      false,
    ],
    ["a person one past it", { kind: "person", id: "a", worksCount: LIMIT - 400, coauthorCount: 401 }, true],
  ])("%s", (_, node, expected) => {
    expect(isSupernode(node)).toBe(expected);
  });

  it("counts a person's works and co-authors, a paper's citers", () => {
    expect(neighboursToRank({ kind: "person", id: "a", worksCount: 3, coauthorCount: 4 })).toBe(7);
    expect(neighboursToRank({ kind: "paper", id: "p", citationCount: 9 })).toBe(9);
  });
});
