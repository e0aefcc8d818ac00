/** The collaborator suggestion score of docs/SUGGESTIONS.md (server/graph/suggestions.ts). */
import { describe, expect, it } from "vitest";
import {
  rankSuggestions,
  recencyFactor,
  suggestionScore,
  topicRarity,
  type CandidateRow,
} from "../../server/graph/suggestions.ts";

function candidate(id: string, overrides: Partial<CandidateRow> = {}): CandidateRow {
  return {
    person: { id, name: id, worksCount: 5, lastYear: 1995 },
    sharedTopics: [],
    mutualCoauthors: [],
    yourLastYear: 1995,
    peopleTotal: 1000,
    ...overrides,
  };
}
const topic = (id: string, peopleCount: number, yourWorks = 2, theirWorks = 2) => ({
  id,
  name: id,
  code: id,
  peopleCount,
  yourWorks,
  theirWorks,
});

describe("suggestion score", () => {
  it("follows the documented formula", () => {
    const row = candidate("q", {
      sharedTopics: [topic("rare", 10, 3, 1)],
      mutualCoauthors: [{ id: "m", name: "m" }],
      person: { id: "q", name: "q", worksCount: 4, lastYear: 1990 },
    });
    const expected = (Math.log1p(1000 / 10) * Math.log1p(1) + 3 * Math.log1p(1)) * (1 / (1 + 5 / 5));
    expect(suggestionScore(row)).toBeCloseTo(expected, 10);
  });
  it("weights rare topics above common ones", () => {
    expect(topicRarity(1000, 10)).toBeGreaterThan(topicRarity(1000, 500));
    const rare = candidate("rare", { sharedTopics: [topic("t1", 10)] });
    const common = candidate("common", { sharedTopics: [topic("t2", 900)] });
    expect(rankSuggestions([common, rare], { topic: null, limit: 5 }).map((s) => s.id)).toEqual(["rare", "common"]);
  });
  it("discounts candidates inactive for years", () => {
    expect(recencyFactor(1995, 1995)).toBe(1);
    expect(recencyFactor(1995, 1985)).toBeCloseTo(1 / 3);
    expect(recencyFactor(1990, 1995)).toBe(1);
  });
  it("filters by topic, drops evidence-free rows, and sets distance 2 for mutual co-authors", () => {
    const rows = [
      candidate("a", { sharedTopics: [topic("x", 10)] }),
      candidate("b", { sharedTopics: [topic("y", 10)], mutualCoauthors: [{ id: "m", name: "M" }] }),
      candidate("c"),
    ];
    expect(rankSuggestions(rows, { topic: "y", limit: 5 }).map((s) => s.id)).toEqual(["b"]);
    const all = rankSuggestions(rows, { topic: null, limit: 5 });
    expect(all.map((s) => s.id)).toEqual(["b", "a"]);
    expect(all[0]).toMatchObject({ distance: 2, mutualCoauthorsTotal: 1, key: "person:b" });
    expect(all[1]!.distance).toBeNull();
  });
});
