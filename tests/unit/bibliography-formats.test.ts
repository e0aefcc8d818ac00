/**
 * The importer's BibTeX and RIS readers on hand-written files (tests/fixtures/bibliography/), checked against
 * independent parsers (@retorquere/bibtex-parser, astrocite-ris) for titles and authors, and against the files' own
 * lines for the bad records; plus the matching rules on hand-made candidates.
 */
import { parse as parseBibtexIndependently } from "@retorquere/bibtex-parser";
import { parse as parseRisIndependently } from "astrocite-ris";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../seed/bibliography/bibtex.ts";
import { decide, matchPerson } from "../../seed/bibliography/match.ts";
import { readBibliographies } from "../../seed/bibliography/read.ts";
import { parseRis } from "../../seed/bibliography/ris.ts";
import { texToUnicode } from "../../seed/bibliography/tex.ts";

const FIXTURES = new URL("../fixtures/bibliography/", import.meta.url).pathname;
const read = (name: string) => readFileSync(FIXTURES + name, "utf8");
/** 1-based line of the first line containing `text` in a fixture. */
const lineOf = (name: string, text: string) =>
  read(name)
    .split("\n")
    .findIndex((l) => l.includes(text)) + 1;

describe("BibTeX reader", () => {
  const ours = parseBibtex(read("library.bib"));
  const theirs = parseBibtexIndependently(read("library.bib"), { sentenceCase: false });
  it("reads the same entries, titles and authors as @retorquere/bibtex-parser", () => {
    const withTitle = theirs.entries.filter((entry) => entry.fields.title);
    expect(ours.entries.map((e) => e.key)).toEqual(withTitle.map((e) => e.key));
    const nfc = (text: string | undefined) => text?.normalize("NFC");
    expect(ours.entries.map((e) => e.title)).toEqual(withTitle.map((e) => nfc(e.fields.title)));
    expect(ours.entries.map((e) => e.authors)).toEqual(
      withTitle.map((e) =>
        (e.fields.author ?? []).map((a) => nfc([a.firstName, a.lastName].filter(Boolean).join(" "))),
      ),
    );
  });
  it("reports the entry without a title at its line", () => {
    expect(ours.bad).toEqual([
      { line: lineOf("library.bib", "@article{notitle"), reason: "entry notitle has no title" },
    ]);
  });
  it("decodes TeX accents, escapes and case braces", () => {
    expect(texToUnicode("Fran{\\c{c}}ois Rivi{\\`e}re, {\\\"o} \\'e \\ss{} 50\\% \\& {L}arge --- x")).toBe(
      "François Rivière, ö é ß 50% & Large — x",
    );
  });
  it("goes on after a broken entry and names the lines of both bad records", () => {
    const broken = parseBibtex(read("malformed.bib"));
    expect(broken.entries.map((e) => e.key)).toEqual(["fine2020"]);
    expect(broken.bad.map((b) => b.line)).toEqual([
      lineOf("malformed.bib", "@article{broken"),
      lineOf("malformed.bib", "@article{noequals"),
    ]);
  });
  it("reports a duplicated citation key at the earlier entry; the later one wins", () => {
    const input = readBibliographies([{ file: FIXTURES + "library.bib" }]);
    const first = lineOf("library.bib", "@article{bayon2000");
    const dup = input.skipped.find((s) => s.reason.startsWith("duplicate citation key bayon2000"))!;
    expect(dup.line).toBe(first);
    expect(input.entries.filter((e) => e.key === "bayon2000").map((e) => e.line)).toEqual([
      read("library.bib").split("\n").lastIndexOf("@article{bayon2000,") + 1,
    ]);
  });
});

describe("RIS reader", () => {
  const ours = parseRis(read("library.ris"));
  it("reads the complete records as astrocite-ris does", () => {
    // astrocite-ris knows no continuation lines (the third record wraps its abstract): the first two records.
    const complete = read("library.ris")
      .split(/\n(?=TY {2}- )/)
      .slice(0, 2)
      .join("\n");
    const theirs = parseRisIndependently(complete);
    expect(ours.entries.slice(0, 2).map((e) => e.title)).toEqual(theirs.map((item) => item.title));
    expect(ours.entries[0]!.authors).toEqual(
      theirs[0]!.author!.map((a: { given?: string; family?: string }) => `${a.given} ${a.family}`),
    );
    expect(ours.entries[2]!.abstract).toContain("the second author is not in the graph");
  });
  it("reports a tag outside a record and a record that never ends", () => {
    expect(ours.bad.map((b) => b.line)).toEqual([
      lineOf("library.ris", "PY  - 2001"),
      lineOf("library.ris", "TI  - A record that never ends") - 1,
    ]);
  });
});

describe("matching rules", () => {
  const entry = (extra: object) => ({
    line: 1,
    key: null,
    type: "article",
    title: "Rational Curves on Calabi-Yau Threefolds",
    authors: ["Sheldon Katz"],
    year: 1992,
    venue: null,
    doi: null,
    arxiv: null,
    url: null,
    abstract: null,
    ...extra,
  });
  const candidate = (id: string, year: number, firstAuthor: string) => ({
    id,
    title: "Rational curves on Calabi–Yau threefolds",
    year,
    firstAuthor,
  });
  it("DOI first, then arXiv id, then title + year + first author; several equal titles are ambiguous", () => {
    const byTitle = new Map([
      [0, [candidate("arxiv:a/1", 1992, "S.Katz"), candidate("arxiv:b/2", 1992, "S.Katz")]],
      [1, [candidate("arxiv:a/1", 1992, "S.Katz"), candidate("arxiv:c/3", 1993, "S.Katz")]],
      [2, [candidate("arxiv:a/1", 1992, "T.Other")]],
    ]);
    const decisions = decide(
      [entry({}), entry({}), entry({}), entry({ doi: "10.1/x" }), entry({ arxiv: "hep-th/9401002" })],
      { byDoi: new Map([["10.1/x", ["openalex:W1"]]]), knownIds: new Set(["arxiv:hep-th/9401002"]), byTitle },
    );
    expect(decisions.map((d) => [d.kind, d.kind === "ambiguous" ? d.candidates : d.workId])).toEqual([
      ["ambiguous", ["arxiv:a/1", "arxiv:b/2"]],
      ["matched", "arxiv:a/1"],
      ["added", expect.stringMatching(/^bib:[0-9a-f]{16}$/)],
      ["matched", "openalex:W1"],
      ["matched", "arxiv:hep-th/9401002"],
    ]);
  });
  it("an author is an existing person with the same normalised name (most works first)", () => {
    const hits = [
      { id: "arxiv:S.Shelah", name: "S.Shelah", works: 300 },
      { id: "openalex:A1", name: "S. Shelah", works: 2 },
      { id: "openalex:A2", name: "Saharon Shelah", works: 50 },
    ];
    expect(matchPerson("Shelah, S.", hits)?.id).toBe("arxiv:S.Shelah");
    expect(matchPerson("Saharon Shelah", hits)?.id).toBe("openalex:A2");
    expect(matchPerson("Nobody Else", hits)).toBeNull();
  });
});
