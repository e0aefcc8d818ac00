import { describe, expect, it } from "vitest";
import { detectFormat, parseSource, UnknownFormatError } from "../../seed/read-sources.ts";

describe("detectFormat", () => {
  it.each([
    ["# header\nhep-th/9401002;hep-th;0;0;;A.B;T\n", "paperscape-csv"],
    ['{"id":"https://openalex.org/W1","title":"a"}\n{"id":"https://openalex.org/W2","title":"b"}\n', "openalex-jsonl"],
    ['{"meta":{"count":1},"results":[{"id":"https://openalex.org/W1","title":"a"}]}', "openalex-page"],
    ['{"researcher":"X","works":[]}', "seed-profile"],
  ])("reads the format from content: %#", (text, format) => {
    expect(detectFormat(text, "f")).toBe(format);
  });

  it("rejects text in no known format, naming the file", () => {
    expect(() => detectFormat("hello world\n", "notes.txt")).toThrow(UnknownFormatError);
    expect(() => detectFormat("hello world\n", "notes.txt")).toThrow(/^notes\.txt: unknown import format/);
  });
});

describe("parseSource", () => {
  it("reports bad JSON lines as file:line and keeps the good ones", () => {
    const text = '{"id":"https://openalex.org/W1","title":"a"}\n{broken\n{"id":"https://openalex.org/W3"}\n';
    const source = parseSource("/tmp/works.jsonl", text);
    expect(source.works.map((work) => work.id)).toEqual(["openalex:W1"]);
    expect(source.read).toBe(3);
    expect(source.skipped.map((skip) => `${skip.file}:${skip.line}`)).toEqual(["works.jsonl:2", "works.jsonl:3"]);
    expect(source.skipped[1]!.reason).toBe("work openalex:W3 has no title");
  });

  it("reads an OpenAlex API page", () => {
    const source = parseSource("page.json", '{"meta":{},"results":[{"id":"https://openalex.org/W9","title":"t"},{}]}');
    expect(source.works.map((work) => work.id)).toEqual(["openalex:W9"]);
    expect(source.skipped[0]!.reason).toMatch(/^results\[1\]: /);
  });
});
