/**
 * The importer's validation pass (seed/checks/): decoding, record limits, duplicate ids and line numbers inside JSON
 * documents, on crafted inputs. Expected lines and counts are computed from how each input is built.
 */
import { describe, expect, it } from "vitest";
import { checkSources } from "../../seed/checks/check-sources.ts";
import { decodeImportFile, EncodingError, UnknownEncodingError, checkEncoding } from "../../seed/checks/decode.ts";
import { topLevelArrayPositions } from "../../seed/checks/json-positions.ts";
import { IMPORT_LIMITS } from "../../seed/checks/limits.ts";
import { MalformedFileError, parseSource } from "../../seed/read-sources.ts";

const line = (id: number, authors: string, title = `Paper ${id}`) =>
  `zz-test/91${String(id).padStart(5, "0")};hep-th;0;0;;${authors};${title}`;
const csv = (lines: string[]) => `${lines.join("\n")}\n`;

describe("decodeImportFile", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("drops a UTF-8 byte-order mark, so a BOM'd CSV is read as CSV", () => {
    const text = decodeImportFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csv([line(1, "A.A")]))]), "bom.csv");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseSource("bom.csv", text).works).toHaveLength(1);
  });

  it("refuses bytes that are not UTF-8 with the line they are on", () => {
    const latin1 = Buffer.from(csv([line(1, "A.A"), line(2, "B.B"), line(3, "J.M\u00fcller")]), "latin1");
    expect(() => decodeImportFile(latin1, "/data/latin.csv")).toThrow(EncodingError);
    expect(() => decodeImportFile(latin1, "/data/latin.csv")).toThrow(/^latin\.csv:3: not valid UTF-8/);
  });

  it("converts when the encoding is named", () => {
    const latin1 = Buffer.from(csv([line(1, "J.M\u00fcller")]), "latin1");
    const work = parseSource("latin.csv", decodeImportFile(latin1, "latin.csv", "latin1")).works[0]!;
    expect(work.authors[0]!.name).toBe("J.M\u00fcller");
  });

  it("rejects an encoding Node does not know", () => {
    expect(() => checkEncoding("klingon")).toThrow(UnknownEncodingError);
    expect(checkEncoding("LATIN1")).toBe("windows-1252");
  });
});

describe("topLevelArrayPositions", () => {
  it("finds the line of each element of a top-level array, ignoring nested keys and brackets in strings", () => {
    const document = { nested: { works: [0] }, works: [{ title: 'a, "b" ] [' }, 2, [3, 4]], after: 1 };
    const text = JSON.stringify(document, null, 2);
    const lines = text.split("\n");
    const expected = [lines.indexOf("    {") + 1, lines.indexOf("    2,") + 1, lines.indexOf("    [") + 1];
    expect(topLevelArrayPositions(text, "works")).toEqual({
      keyLine: lines.indexOf('  "works": [') + 1,
      elementLines: expected,
    });
  });
});

describe("checkSources: limits", () => {
  it("skips a record over the authors limit with its file:line and keeps the rest", () => {
    const many = Array.from({ length: IMPORT_LIMITS.authorsPerWork + 1 }, (_, i) => `X.A${i}`).join(",");
    const good = Array.from({ length: 1000 }, (_, i) => line(i, `A.A${i},B.B${i}`));
    const checked = checkSources([parseSource("/in/big.csv", csv([...good, line(99999, many)]))]);
    expect(checked.works).toHaveLength(1000);
    expect(checked.skipped).toEqual([
      {
        file: "big.csv",
        line: 1001,
        reason: `work arxiv:zz-test/9199999: ${IMPORT_LIMITS.authorsPerWork + 1} authors (limit ${IMPORT_LIMITS.authorsPerWork})`,
      },
    ]);
  });

  it.each([
    ["title", line(1, "A.A", "t".repeat(IMPORT_LIMITS.titleLength + 1)), /title has 4001 characters/],
    ["author id", line(1, `A.${"n".repeat(IMPORT_LIMITS.idLength)}`), /author id has 264 characters \(limit 256\)/],
    [
      "references",
      `zz-test/9100001;hep-th;0;0;${Array.from({ length: IMPORT_LIMITS.referencesPerWork + 1 }, (_, i) => `zz-test/${9200000 + i}`).join(",")};A.A;T`,
      /10001 references \(limit 10000\)/,
    ],
  ])("rejects a record over the %s limit", (_what, record, reason) => {
    const checked = checkSources([parseSource("f.csv", csv([line(2, "B.B"), record]))]);
    expect(checked.works).toHaveLength(1);
    expect(checked.skipped).toHaveLength(1);
    expect(checked.skipped[0]!.line).toBe(2);
    expect(checked.skipped[0]!.reason).toMatch(reason);
  });
});

describe("checkSources: duplicated ids", () => {
  it("reports the earlier record with both file:lines and imports the last one", () => {
    const first = parseSource("/in/a.csv", csv([line(1, "A.A", "First"), line(2, "B.B"), line(1, "C.C", "Second")]));
    const second = parseSource("/in/b.csv", csv([line(3, "D.D"), line(1, "E.E", "Third")]));
    const checked = checkSources([first, second]);
    expect(checked.works.map((work) => work.title).sort()).toEqual(["Paper 2", "Paper 3", "Third"]);
    expect(checked.skipped.map((skip) => `${skip.file}:${skip.line}: ${skip.reason}`)).toEqual([
      "a.csv:1: duplicate work id arxiv:zz-test/9100001: listed again at a.csv:3, which wins (the last record of an id is imported)",
      "a.csv:3: duplicate work id arxiv:zz-test/9100001: listed again at b.csv:2, which wins (the last record of an id is imported)",
    ]);
  });
});

describe("seed profile and API page lines", () => {
  const profile = (works: unknown) => JSON.stringify({ researcher: "X Y", works }, null, 2);

  it("reports a wrong-typed work at its real line, not line 0", () => {
    const text = profile([
      { arxiv: "2101.00001", title: "Fine", authors: ["X Y"] },
      { arxiv: 5, title: "Bad" },
    ]);
    const source = parseSource("/in/profile.json", text);
    expect(source.works).toHaveLength(1);
    // The element starts at its "{", the line before its first property (a 0-based index is that line's number).
    const badLine = text.split("\n").findIndex((row) => row.includes('"arxiv": 5'));
    expect(source.skipped).toEqual([{ file: "profile.json", line: badLine, reason: "works[1]: work has no arxiv id" }]);
  });

  it("says so when `works` is not an array (not 'unknown format')", () => {
    const text = profile({ a: 1 });
    expect(() => parseSource("/in/profile.json", text)).toThrow(MalformedFileError);
    expect(() => parseSource("/in/profile.json", text)).toThrow(
      "profile.json:3: seed profile: 'works' must be an array of works, found object",
    );
  });

  it("gives API page results their lines", () => {
    const text = JSON.stringify({ meta: {}, results: [{ id: "https://openalex.org/W1", title: "t" }, {}] }, null, 1);
    const source = parseSource("page.json", text);
    expect(source.skipped[0]!.line).toBe(text.split("\n").findIndex((row) => row.trim() === "{}") + 1);
  });
});
