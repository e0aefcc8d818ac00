/** Lucene query building and cross-kind ranking (server/graph/search-query.ts). */
import { describe, expect, it } from "vitest";
import { escapeLucene, luceneQuery, rankSearchHits, searchTokens } from "../../server/graph/search-query.ts";

describe("luceneQuery", () => {
  it("makes every token a required prefix or exact term", () => {
    expect(luceneQuery("Xia So")).toBe("+(xia* OR xia^4) +(so* OR so^4)");
  });
  it("splits listing names so the surname is a token", () => {
    expect(searchTokens("S.Shelah")).toEqual(["s", "shelah"]);
    expect(luceneQuery("J.R.Pelaez", { lettersOnly: true })).toBe("+(j* OR j^4) +(r* OR r^4) +(pelaez* OR pelaez^4)");
  });
  it.each(['a:b"(*', "AND OR NOT", "title:(x) OR 1=1", "\\", "~^?*", "  "])("never passes syntax through: %j", (q) => {
    const query = luceneQuery(q);
    if (query !== null) expect(query).toMatch(/^(\+\([\p{L}\p{N}]+\* OR [\p{L}\p{N}]+\^4\) ?)+$/u);
  });
  it("is null when nothing searchable is left", () => {
    expect(luceneQuery("  ()[]  ")).toBeNull();
    expect(luceneQuery("1995", { lettersOnly: true })).toBeNull();
  });
  it("escapes every Lucene special character", () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });
});

describe("rankSearchHits", () => {
  it("normalises scores per kind, prefers people, and breaks ties by popularity", () => {
    const results = rankSearchHits(
      [
        { kind: "paper", score: 9, node: { kind: "paper", id: "p1", title: "Shell model", citationCount: 0 } },
        { kind: "person", score: 1, node: { kind: "person", id: "a", name: "D.Shelton", worksCount: 1 } },
        { kind: "person", score: 1, node: { kind: "person", id: "b", name: "S.Shelah", worksCount: 135 } },
      ],
      10,
    );
    expect(results.map((r) => r.id)).toEqual(["b", "a", "p1"]);
    expect(results[0]).toMatchObject({ key: "person:b", label: "S.Shelah", subtitle: "135 works" });
  });
});
