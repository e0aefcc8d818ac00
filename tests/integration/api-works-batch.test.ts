/**
 * POST /api/works/batch (the bibliography export's source) through the real app: works come back in the order asked
 * with authors in order and the DOI of the OpenAlex sample's own JSON line; unknown keys are left out, a key of
 * another kind is refused with the registry's code.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";

const OPENALEX_WORKS = new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url);

let running: RunningApp;
beforeAll(async () => {
  running = await startTestApp();
});
afterAll(() => running.close());

const post = (keys: unknown) =>
  running.app.inject({ method: "POST", url: "/api/works/batch", payload: { keys } }).then((r) => ({
    status: r.statusCode,
    body: r.json(),
  }));

describe("POST /api/works/batch", () => {
  it("answers the works asked for, in order, with the source's authors and DOI", async () => {
    const line = JSON.parse(readFileSync(OPENALEX_WORKS, "utf8").split("\n")[0]!) as {
      id: string;
      doi: string;
      title: string;
      authorships: { author: { display_name: string } }[];
    };
    const openalex = `paper:openalex:${line.id.replace("https://openalex.org/", "")}`;
    const seed = "paper:arxiv:2605.00161";
    const { status, body } = await post([seed, "paper:arxiv:no-such-work", openalex]);
    expect(status).toBe(200);
    expect(body.items.map((w: { key: string }) => w.key)).toEqual([seed, openalex]);
    const work = body.items[1];
    expect(work.title).toBe(line.title);
    expect(work.doi).toContain(line.doi.replace("https://doi.org/", ""));
    expect(work.authors.map((a: { name: string }) => a.name)).toEqual(
      line.authorships.map((a) => a.author.display_name),
    );
  });

  it("refuses a key that is not a paper's", async () => {
    const { status, body } = await post(["person:arxiv:Xia Song"]);
    expect(status).toBe(400);
    expect(body.code).toBe("RGE_BAD_PARAM");
  });
});
