/**
 * No import touches user data (issue 11, "Data safety"). On a store of its own: import, create users, follows, claims
 * (through the routes), invites, a conversation and messages (in the agreed model, docs/DATA-MODEL.md), take a
 * fingerprint of every user-data node and relationship, then re-import everything on the incremental path — with a
 * changed work that drops a claimed author — and ask the bulk path to overwrite the store (`--bulk`, and a store a
 * killed bulk import left behind): the fingerprint must not change.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../config/index.ts";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { runImport } from "../../seed/import.ts";
import { buildApp } from "../../server/app.ts";
import { createDriver } from "../../server/neo4j/driver.ts";
import { testEnv } from "../_helpers/app-server.ts";
import { runCli } from "../_helpers/cli.ts";
import { openAlexFixture } from "../_helpers/openalex-fixture.ts";
import { startOwnNeo4j, type OwnNeo4j } from "../_helpers/own-neo4j.ts";
import { signIn } from "../_helpers/sign-in.ts";
import { userDataFingerprint, type UserDataFingerprint } from "../_helpers/user-data.ts";

const DATA = new URL("../../seed/data/", import.meta.url).pathname;
// The seed profile (7 works, 54 people) is enough bibliography: what is tested is what imports do to user data.
const FILES = [join(DATA, "seed-profile/works.json")];
const ORCID = "0000-0002-1825-0097";
const MODERATOR = "moderator@example.org";

let own: OwnNeo4j;
let app: FastifyInstance;

beforeAll(async () => {
  own = await startOwnNeo4j("rge-user-data-");
});
afterAll(async () => {
  await app?.close();
  await own?.close();
});

/** Users, follows, claims (L3, L2-less pending, a dispute approved by a moderator), an invite, a conversation. */
async function createUserData(fixtureFile: () => Promise<string>): Promise<string> {
  const config = loadConfig(
    testEnv({ NEO4J_URI: own.db.uri, NEO4J_PASSWORD: own.db.password, RGE_MODERATOR_EMAILS: MODERATOR }),
  );
  const connection = { uri: own.db.uri, username: own.db.username, password: own.db.password, database: "neo4j" };
  app = await buildApp({ config, connection, mode: "external" });
  const file = await fixtureFile();
  const alice = await signIn(app, "alice@example.org");
  const bob = await signIn(app, "bob@example.org");
  const moderator = await signIn(app, MODERATOR);
  await own.driver.executeQuery("MATCH (u:User {id: $id}) SET u.orcid = $orcid", {
    id: alice.me.user.id,
    orcid: ORCID,
  });
  const send = async (user: typeof alice, method: "PUT" | "POST", url: string, payload?: Record<string, unknown>) => {
    const response = await app.inject({ method, url, headers: user.headers, ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(500);
    return response;
  };
  const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;
  await send(alice, "PUT", `${person("arxiv:Xia Song")}/follow`);
  await send(alice, "PUT", `${person("openalex:A9830000002")}/follow`);
  await send(bob, "PUT", `${person("arxiv:Xia Song")}/follow`);
  expect(
    (await send(alice, "POST", `${person("openalex:A9830000001")}/claims`, { method: "orcid", note: "" })).statusCode,
  ).toBe(201);
  expect(
    (await send(bob, "POST", `${person("openalex:A9830000001")}/claims`, { method: "email", note: "me" })).statusCode,
  ).toBe(409);
  expect(
    (await send(bob, "POST", `${person("arxiv:Xia Song")}/claims`, { method: "email", note: "hi" })).statusCode,
  ).toBe(201);
  const queue = await app.inject({ url: "/api/claims", headers: moderator.headers });
  const pending = queue.json().items.find((claim: { status: string }) => claim.status === "pending");
  await send(moderator, "POST", `/api/claims/${pending.id}/decision`, { decision: "approve" });
  // Invites, a conversation and messages in the agreed model (whoever's routes write them).
  await own.driver.executeQuery(
    `MATCH (a:User {id: $alice}), (b:User {id: $bob})
     CREATE (a)-[:SENT]->(:Invite {id: $invite, status: 'accepted', message: 'Shall we?', createdAt: datetime()})-[:TO]->(b)
     CREATE (c:Conversation {id: $conversation, createdAt: datetime()})
     CREATE (a)-[:IN {joinedAt: datetime()}]->(c)<-[:IN {joinedAt: datetime()}]-(b)
     CREATE (a)-[:WROTE]->(:Message {id: $message, text: 'Hello', createdAt: datetime()})-[:IN]->(c)`,
    {
      alice: alice.me.user.id,
      bob: bob.me.user.id,
      invite: randomUUID(),
      conversation: randomUUID(),
      message: randomUUID(),
    },
    { database: "neo4j" },
  );
  await app.close();
  return file;
}

it("re-imports and bulk attempts leave every user datum as it was", async () => {
  await runImport({ driver: own.driver, database: "neo4j", files: FILES });
  const fixture = openAlexFixture(own.driver, "983");
  const holder = { n: 1, name: "Safety Holder", orcid: ORCID };
  const other = { n: 2, name: "Safety Other" };
  const fixtureFile = await createUserData(() =>
    fixture.importWorks([{ n: 1, title: "Safety work", year: 2024, authors: [holder, other] }]),
  );
  const before: UserDataFingerprint = await userDataFingerprint(own.driver);
  expect(before.nodes.filter((n) => n.startsWith("User ")).length).toBe(3);
  expect(before.relationships.filter((r) => r.includes("-FOLLOWS ")).length).toBe(3);
  expect(before.nodes.filter((n) => n.startsWith("Claim ")).length).toBe(3);
  expect(before.nodes.some((n) => n.startsWith("Message "))).toBe(true);

  // Incremental: everything again, then the work re-imported without the claimed author (who loses the authorship,
  // not their claim, their followers or their account).
  await runImport({ driver: own.driver, database: "neo4j", files: [...FILES, fixtureFile] });
  await fixture.importWorks([{ n: 1, title: "Safety work, corrected", year: 2024, authors: [other] }]);
  const authored = await own.count(
    "MATCH (:Person {id: 'openalex:A9830000001'})-[r:AUTHORED]->() RETURN count(r) AS n",
  );
  expect(authored).toBe(0);
  expect(await userDataFingerprint(own.driver)).toEqual(before);

  // The bulk path: refused on a store holding data, and on a store a killed bulk import left if it holds user data.
  await own.db.stop();
  const env = { RGE_DATA_DIR: own.dataDir, NEO4J_URI: "", RGE_NEO4J_HEAP_MB: "512", RGE_NEO4J_PAGECACHE_MB: "128" };
  const bulk = await runCli("seed/cli.ts", ["--bulk", ...FILES], env).done;
  expect(bulk.code).toBe(2);
  expect(bulk.stderr).toMatch(/--bulk needs an empty store/);
  writeFileSync(join(own.dataDir, "bulk-import.incomplete"), "killed\n");
  const leftover = await runCli("seed/cli.ts", FILES, env).done;
  expect(leftover.code).toBe(2);
  expect(leftover.stderr).toMatch(/holds \d+ user-data nodes/);

  const restarted = await startEmbeddedNeo4j({ dataDir: own.dataDir, port: 0, heapMb: 512, pageCacheMb: 128 });
  const driver = createDriver({
    uri: restarted.uri,
    username: restarted.username,
    password: restarted.password,
    database: "neo4j",
  });
  try {
    expect(await userDataFingerprint(driver)).toEqual(before);
  } finally {
    await driver.close();
    await restarted.stop();
  }
  // own.close() stops the first instance again (a no-op now) and removes the store.
}, 600_000);
