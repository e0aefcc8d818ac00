/**
 * The incremental import's flat rows (seed/work-rows.ts): each node once per batch with the properties successive
 * per-authorship writes would have left, one relationship row per listed link, empty lists as null.
 */
import { describe, expect, it } from "vitest";
import { citationRows, replacedLinks, workRows } from "../../seed/work-rows.ts";
import type { AuthorRecord, WorkRecord } from "../../seed/work-record.ts";

const inst = (id: string, name = id) => ({ id, name, ror: null, country: null, type: null });
const author = (id: string, position: number, extra: Partial<AuthorRecord> = {}): AuthorRecord => ({
  id,
  name: `name of ${id}`,
  orcid: null,
  position,
  institutions: [],
  ...extra,
});
const work = (id: string, extra: Partial<WorkRecord> = {}): WorkRecord => ({
  id,
  title: `title ${id}`,
  year: 2001,
  type: "article",
  abstract: null,
  doi: null,
  url: null,
  venue: null,
  authors: [],
  topics: [],
  references: [],
  referencesTotal: null,
  sourceCitedBy: null,
  source: "test",
  ...extra,
});

describe("workRows", () => {
  const works = [
    work("w1", {
      authors: [author("p1", 1, { orcid: "0000-1" }), author("p2", 2, { institutions: [inst("i1", "old name")] })],
      topics: [{ id: "t1", name: "T", code: null, primary: true, score: 0.5, field: null, domain: null }],
      venue: { id: "v1", name: "V", type: null },
      references: ["w0", "w2"],
    }),
    work("w2", { authors: [author("p1", 3, { name: "renamed", orcid: null }), author("p3", 1)] }),
    work("w3", { authors: [author("p2", 1, { institutions: [inst("i1", "new name"), inst("i2")] })] }),
  ];
  const rows = workRows(works);

  it("lists every node once, the last record's properties winning and a missing ORCID keeping an earlier one", () => {
    expect(rows.people).toEqual(
      expect.arrayContaining([
        { id: "p1", name: "renamed", orcid: "0000-1" },
        { id: "p2", name: "name of p2", orcid: null },
        { id: "p3", name: "name of p3", orcid: null },
      ]),
    );
    expect(rows.people).toHaveLength(3);
    expect(rows.institutions.map((i) => [i.id, i.name]).sort()).toEqual([
      ["i1", "new name"],
      ["i2", "i2"],
    ]);
    expect(rows.topics.map((t) => t.id)).toEqual(["t1"]);
    expect(rows.venues.map((v) => v.id)).toEqual(["v1"]);
  });

  it("writes one relationship row per listed link, with institution ids or null", () => {
    const listed = works.reduce((sum, w) => sum + w.authors.length, 0);
    expect(rows.authorships).toHaveLength(listed);
    expect(rows.authorships[0]).toEqual({ paper: "w1", person: "p1", position: 1, institutionIds: null });
    expect(rows.authorships.at(-1)).toEqual({ paper: "w3", person: "p2", position: 1, institutionIds: ["i1", "i2"] });
    expect(rows.topicLinks).toEqual([{ paper: "w1", topic: "t1", primary: true, score: 0.5 }]);
    expect(rows.venueLinks).toEqual([{ paper: "w1", venue: "v1" }]);
  });

  it("stores empty reference lists as null and counts authors on the paper", () => {
    expect(rows.papers.map((p) => [p.id, p.references, p.authorCount])).toEqual([
      ["w1", ["w0", "w2"], 2],
      ["w2", null, 2],
      ["w3", null, 1],
    ]);
  });

  it("gives one citation row per reference", () => {
    expect(citationRows(works)).toEqual([
      { from: "w1", to: "w0" },
      { from: "w1", to: "w2" },
    ]);
  });
});

describe("replacedLinks", () => {
  const many = work("w", { authors: Array.from({ length: 5 }, (_, i) => author(`p${i}`, i + 1)) });

  it("marks a work that crosses the hyper-authorship limit, not one that was already past it", () => {
    expect(replacedLinks(many, 3, 4).becomesHyper).toBe(true);
    expect(replacedLinks(many, null, 4).becomesHyper).toBe(true);
    expect(replacedLinks(many, 6, 4).becomesHyper).toBe(false);
    expect(replacedLinks(many, 3, 5).becomesHyper).toBe(false);
  });
});
