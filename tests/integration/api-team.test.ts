/**
 * GET /api/team through the real app, checked against the team lens computed from the raw Paperscape CSV
 * (tests/_helpers/team-oracle.ts), plus its limits: 1 and 51 people, duplicates, unknown people, other kinds.
 */
import type { FastifyInstance } from "fastify";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TeamSchema, type Team } from "../../contract/schemas/team.ts";
import { getJson, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { readPaperscape, type PaperscapeOracle } from "../_helpers/paperscape-oracle.ts";
import { apiPairKey, expectedTeam, topicWorks } from "../_helpers/team-oracle.ts";

let running: RunningApp;
let app: FastifyInstance;
/** Read at collection: the limit cases are named from it. */
const oracle: PaperscapeOracle = readPaperscape();

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
});
afterAll(() => running.close());

const keyOf = (name: string) => `person:arxiv:${name}`;
const teamUrl = (keys: string[], extra = "") =>
  `/api/team?people=${keys.map((key) => encodeURIComponent(key)).join(",")}${extra}`;
const get = (keys: string[], extra = "") => getJson<Team>(app, teamUrl(keys, extra));

/** The oracle's biggest co-author hubs, most co-authors first (ties by name). */
function hubs(count: number): string[] {
  return [...oracle.coauthors]
    .sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([name]) => name);
}

/** A hub's `count` closest co-authors (most shared works, ties by name): a team the hub bridges. */
function circleOf(hub: string, count: number): string[] {
  return [...oracle.coauthors.get(hub)!]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([name]) => name);
}

function checkAgainstOracle(body: Team, members: string[]): void {
  const expected = expectedTeam(oracle, members);
  expect(body.members.map((member) => member.key)).toEqual(members.map(keyOf));
  for (const [index, name] of members.entries()) {
    const works = [...oracle.worksByAuthor.get(name)!].map((id) => oracle.works.get(id)!.year);
    const row = body.members[index]!;
    expect(row.works).toBe(works.length);
    expect([row.firstYear, row.lastYear]).toEqual([Math.min(...works), Math.max(...works)]);
    expect(row.coauthors).toBe(oracle.coauthors.get(name)!.size);
    const topics = [...topicWorks(oracle, name).values()].sort((a, b) => b - a);
    expect(row.topTopics.map((topic) => topic.works)).toEqual(topics.slice(0, 3));
  }
  // (a) internal co-authorships, with their shared works.
  expect(new Map(body.internal.map((pair) => [apiPairKey(pair.source, pair.target), pair.works]))).toEqual(
    expected.internal,
  );
  // (b) bridges: all of them counted, the listed ones in the oracle's order with its counts.
  expect(body.bridgesTotal).toBe(expected.bridges.length);
  expect(body.bridges.map(({ key, connects, sharedWorks }) => ({ key, connects, sharedWorks }))).toEqual(
    expected.bridges.slice(0, body.bridges.length),
  );
  for (const bridge of body.bridges) {
    const name = bridge.key.replace("person:arxiv:", "");
    for (const link of bridge.members)
      expect(link.works).toBe(oracle.coauthors.get(name)!.get(link.key.replace("person:arxiv:", "")));
  }
  // (c) shared topics with who works on them, and each member's distinct topics.
  expect(body.sharedTopicsTotal).toBe(expected.sharedTopics.length);
  expect(
    body.sharedTopics.map((topic) => ({
      key: topic.key,
      members: new Map(topic.members.map((member) => [member.key, member.works])),
      works: topic.works,
    })),
  ).toEqual(expected.sharedTopics.slice(0, body.sharedTopics.length));
  const shared = new Set(expected.sharedTopics.map((topic) => topic.key));
  for (const [index, name] of members.entries()) {
    const own = [...topicWorks(oracle, name).keys()].map((c) => `topic:arxiv:${c}`).filter((k) => !shared.has(k));
    expect(body.members[index]!.distinctTotal).toBe(own.length);
    for (const topic of body.members[index]!.distinctTopics) expect(own).toContain(topic.key);
  }
}

describe("GET /api/team against the raw data", () => {
  it("a hub's twelve closest co-authors: internal pairs, the hub and others as bridges, shared topics", async () => {
    const hub = hubs(1)[0]!;
    const members = circleOf(hub, 12);
    const { status, body } = await get(members.map(keyOf), "&bridges=50");
    expect(status).toBe(200);
    expect(Value.Check(TeamSchema, body)).toBe(true);
    checkAgainstOracle(body, members);
    expect(body.bridges.find((bridge) => bridge.key === keyOf(hub))).toMatchObject({ connects: 12 });
    // The graph draws every member, every listed bridge, and each internal pair as one coauthor edge.
    const nodes = new Set(body.graph.nodes.map((node) => node.key));
    for (const key of [...members.map(keyOf), ...body.bridges.map((bridge) => bridge.key)])
      expect(nodes).toContain(key);
    const coauthorEdges = body.graph.edges.filter((edge) => edge.attributes.kind === "coauthor");
    const bridgeLinks = body.bridges.reduce((total, bridge) => total + bridge.members.length, 0);
    expect(coauthorEdges).toHaveLength(body.internal.length + bridgeLinks);
  });

  it("fifty hubs: exact against the raw data, and well inside the request budget", async () => {
    const members = hubs(50);
    const started = performance.now();
    const { status, body } = await get(members.map(keyOf), "&bridges=50");
    const ms = performance.now() - started;
    console.log(`[team] 50 hubs: ${Math.round(ms)} ms, ${body.bridgesTotal} bridges, ${body.internal.length} pairs`);
    expect(status).toBe(200);
    checkAgainstOracle(body, members);
    expect(body.bridges).toHaveLength(Math.min(50, body.bridgesTotal));
  });
});

describe("GET /api/team limits", () => {
  const [a, b] = hubs(2).map(keyOf) as [string, string];

  it.each([
    ["one person", () => [a]],
    ["51 people", () => hubs(51).map(keyOf)],
    ["a duplicate", () => [a, b, a]],
    ["a paper key", () => [a, "paper:arxiv:hep-th/9401002"]],
    ["a key without a kind", () => [a, "S.Shelah"]],
  ])("%s is 400 RGE_BAD_PARAM", async (_name, keys) => {
    const { status, body } = await get(keys());
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "RGE_BAD_PARAM" });
  });

  it("an empty or missing people parameter is 400", async () => {
    expect((await getJson(app, "/api/team")).status).toBe(400);
    expect((await getJson(app, "/api/team?people=")).status).toBe(400);
  });

  it("an unknown person beside two known ones is listed as missing; the lens is drawn for the others", async () => {
    const unknown = "person:arxiv:No Such Person 12";
    const { status, body } = await get([a, unknown, b]);
    expect(status).toBe(200);
    expect(body.missing).toEqual([unknown]);
    checkAgainstOracle(
      body,
      [a, b].map((key) => key.replace("person:arxiv:", "")),
    );
  });

  it("fewer than two known people is 404 RGE_NOT_FOUND naming the unknown ones", async () => {
    const unknown = "person:arxiv:No Such Person 12";
    const { status, body } = await get([a, unknown]);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: "RGE_NOT_FOUND" });
    expect((body as unknown as { message: string }).message).toContain(unknown);
  });
});
