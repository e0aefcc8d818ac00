/**
 * BibTeX and RIS of a view's papers, read back with independent parsers (@retorquere/bibtex-parser, the parser of
 * Better BibTeX for Zotero; astrocite-ris) and compared with the works they were written from: TeX specials in
 * titles survive the round trip, authors keep their order, DOI and arXiv id are where reference managers look.
 */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseRis } from "astrocite-ris";
import { describe, expect, it } from "vitest";
import { citationKeys, toBibtex, toRis } from "../../client/export/bibliography.ts";
import type { Work } from "../../contract/schemas/works.ts";

function work(id: string, title: string, authors: string[], extra: Partial<Work> = {}): Work {
  return {
    id,
    key: `paper:${id}`,
    title,
    year: 1994,
    type: "preprint",
    venue: { id: "arxiv", name: "arXiv" },
    authors: authors.map((name, i) => ({ id: `arxiv:${name}`, key: `person:arxiv:${name}`, name, position: i + 1 })),
    abstract: null,
    citationCount: 0,
    doi: null,
    url: null,
    topics: [],
    ...extra,
  };
}

const works: Work[] = [
  work("arxiv:hep-th/9401002", "Anomalies & 50% of {branes}: $x_1^2$ #1 ~ \\cite", ["Xia Song", "José Álvarez"]),
  work("openalex:W2741809807", "The state of OA: a large-scale analysis", ["Heather Piwowar", "Jason Priem"], {
    year: 2018,
    type: "article",
    venue: { id: "openalex:S1983995261", name: "PeerJ" },
    doi: "https://doi.org/10.7717/peerj.4375",
    url: "https://doi.org/10.7717/peerj.4375",
  }),
  work("arxiv:hep-th/9401003", "Anomalies again", ["Xia Song"], { year: null }),
];

describe("BibTeX export read back by @retorquere/bibtex-parser", () => {
  const library = parseBibtex(toBibtex(works), { sentenceCase: false });
  it("parses without errors, one entry per work, keys unique", () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(works.length);
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(works.length);
  });
  it("keeps titles with TeX specials, authors in order, year, journal, DOI and arXiv e-print", () => {
    const [arxiv, journal, undated] = library.entries;
    expect(arxiv!.fields.title).toBe(works[0]!.title);
    expect(arxiv!.fields.author!.map((a) => [a.firstName, a.lastName])).toEqual([
      ["Xia", "Song"],
      ["José", "Álvarez"],
    ]);
    expect(arxiv!.fields.eprint).toBe("hep-th/9401002");
    expect(arxiv!.fields.year).toBe("1994");
    expect(arxiv!.type).toBe("misc");
    expect(journal!.type).toBe("article");
    expect(journal!.fields.journal).toBe("PeerJ");
    expect(journal!.fields.doi).toBe("10.7717/peerj.4375");
    expect(undated!.fields.year).toBeUndefined();
  });
  it("disambiguates repeated keys", () => {
    const keys = citationKeys([works[0]!, works[0]!, works[0]!]);
    expect(new Set(keys).size).toBe(3);
  });
});

describe("RIS export read back by astrocite-ris", () => {
  const items = parseRis(toRis(works));
  it("one record per work with title, authors, year, journal and DOI", () => {
    expect(items).toHaveLength(works.length);
    expect(items[0]!.title).toBe(works[0]!.title);
    expect(
      items[0]!.author!.map((a: { given?: string; family?: string }) => `${a.given ?? ""} ${a.family ?? ""}`.trim()),
    ).toEqual(["Xia Song", "José Álvarez"]);
    expect(items[1]).toMatchObject({ type: "article-journal", "container-title": "PeerJ", DOI: "10.7717/peerj.4375" });
    expect(items[1]!.issued).toEqual({ "date-parts": [["2018"]] });
    expect(items[2]!.issued).toBeUndefined();
  });
});
