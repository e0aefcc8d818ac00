import { describe, expect, it } from "vitest";
import { parsePaperscapeLine } from "../../seed/formats/paperscape.ts";

describe("parsePaperscapeLine", () => {
  it("reads the documented example record", () => {
    const result = parsePaperscapeLine(
      "hep-th/9401002;hep-th,hep-ph;5;18;hep-th/9201058,hep-th/9212068,hep-ph/9301236,hep-ph/9305241,hep-ph/9307326;R.Jackiw,Q.Liu,C.Lucchesi;Hard Thermal Loops, Static Response and the Composite Effective Action",
    );
    expect(result.kind).toBe("work");
    if (result.kind !== "work") return;
    const { work } = result;
    expect(work.id).toBe("arxiv:hep-th/9401002");
    expect(work.year).toBe(1994);
    expect(work.authors.map((a) => [a.id, a.position])).toEqual([
      ["arxiv:R.Jackiw", 1],
      ["arxiv:Q.Liu", 2],
      ["arxiv:C.Lucchesi", 3],
    ]);
    expect(work.topics.map((t) => [t.id, t.primary])).toEqual([
      ["arxiv:hep-th", true],
      ["arxiv:hep-ph", false],
    ]);
    expect(work.references).toHaveLength(5);
    expect(work.referencesTotal).toBe(18);
    expect(work.title).toBe("Hard Thermal Loops, Static Response and the Composite Effective Action");
  });

  it.each([
    [
      "a title containing ';'",
      "hep-th/9301001;hep-th;0;0;;A.B;Title; with; semicolons",
      { title: "Title; with; semicolons" },
    ],
    ["an empty author field", "hep-th/9301002;hep-th;0;0;;;No authors", { authors: 0 }],
    ["a repeated author", "hep-th/9301003;hep-th;0;0;;A.B,C.D,A.B;Twice", { authors: 2 }],
    ["a repeated category", "hep-th/9301004;hep-th,hep-th,gr-qc;0;0;;A.B;Cats", { topics: 2 }],
    ["a later-style category", "chao-dyn/9301005;nlin.CD,chao-dyn;0;0;;A.B;Chaos", { topics: 2 }],
  ])("handles %s", (_name, line, expected) => {
    const result = parsePaperscapeLine(line);
    expect(result.kind).toBe("work");
    if (result.kind !== "work") return;
    if ("title" in expected) expect(result.work.title).toBe(expected.title);
    if ("authors" in expected) expect(result.work.authors).toHaveLength(expected.authors);
    if ("topics" in expected) expect(result.work.topics).toHaveLength(expected.topics);
  });

  it.each([
    ["# Data from paperscape.org", "comment"],
    ["", "comment"],
    ["not-an-id;hep-th;0;0;;A.B;T", "skip"],
    ["hep-th/9301001;hep-th;0", "skip"],
    ["hep-th/9301001;;0;0;;A.B;No category", "skip"],
  ])("classifies %j as %s", (line, kind) => {
    expect(parsePaperscapeLine(line).kind).toBe(kind);
  });

  it("names the problem of a bad line", () => {
    const result = parsePaperscapeLine("hep-th/9301001;hep-th;0");
    expect(result).toEqual({ kind: "skip", reason: "expected 7 ';'-separated fields, found 3" });
  });
});
