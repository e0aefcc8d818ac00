import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { abstractFromInvertedIndex, openAlexId, parseOpenAlexWork } from "../../seed/formats/openalex.ts";

const SAMPLE = new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url);
const firstRecord = JSON.parse(readFileSync(SAMPLE, "utf8").split("\n")[0]!) as Record<string, unknown>;

describe("parseOpenAlexWork", () => {
  it("maps a real OpenAlex record: authors, institutions with ROR, topics, references", () => {
    const result = parseOpenAlexWork(firstRecord);
    expect(result.kind).toBe("work");
    if (result.kind !== "work") return;
    const { work } = result;
    expect(work.id).toBe("openalex:W100927044");
    expect(work.title).toBe("Financing Biodiversity Conservation");
    expect(work.year).toBe(2000);
    expect(work.doi).toBe("10.18235/0008810");
    expect(work.authors[0]).toMatchObject({
      id: "openalex:A5063410350",
      name: "Ricardo Bayón",
      position: 1,
      institutions: [
        { id: "openalex:I184564680", ror: "02gjn4306", country: "US", name: "Inter-American Development Bank" },
      ],
    });
    expect(work.topics[0]).toMatchObject({ id: "openalex:T10841", name: "Economic and Environmental Valuation" });
    expect(work.topics.filter((topic) => topic.primary)).toHaveLength(1);
    expect(work.sourceCitedBy).toBe(20);
  });

  it.each([
    [null, "record is not a JSON object"],
    [{ title: "x" }, "missing or invalid work id 'undefined'"],
    [{ id: "https://openalex.org/A1", title: "x" }, "missing or invalid work id 'https://openalex.org/A1'"],
    [{ id: "https://openalex.org/W1" }, "work openalex:W1 has no title"],
  ])("skips %j with a reason", (raw, reason) => {
    expect(parseOpenAlexWork(raw)).toEqual({ kind: "skip", reason });
  });

  it("rebuilds abstracts from the inverted index", () => {
    expect(abstractFromInvertedIndex({ graphs: [1], Research: [0], matter: [2] })).toBe("Research graphs matter");
    expect(abstractFromInvertedIndex(null)).toBeNull();
  });

  it("shortens OpenAlex URLs to typed ids", () => {
    expect(openAlexId("https://openalex.org/I184564680")).toBe("openalex:I184564680");
    expect(openAlexId("https://example.org/x")).toBeNull();
  });
});
