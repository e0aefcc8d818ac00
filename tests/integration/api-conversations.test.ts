/**
 * Conversations through the real app and Neo4j: opened by an accepted invite, readable and writable by its two
 * participants only (401 for nobody, 403 for anyone else, 404 for none), messages newest last with unread marks,
 * and leaving (it closes for both; the one who stays keeps the history).
 */
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConversationsSchema, MessagesSchema } from "../../contract/schemas/collaboration.ts";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { removeCollaborationData, researcher, unclaimedPeople, type Researcher } from "../_helpers/collaboration.ts";
import { testDriver } from "../_helpers/graph.ts";

let running: RunningApp;
let app: FastifyInstance;
let driver: Driver;
let ann: Researcher;
let ben: Researcher;
let eve: Researcher;
let conversationId: string;

const messagesUrl = (id: string) => `/api/conversations/${encodeURIComponent(id)}/messages`;

function list(who: Researcher) {
  return app.inject({ method: "GET", url: "/api/conversations", headers: { cookie: who.cookie } });
}

function read(who: Researcher | null, id = conversationId) {
  return app.inject({ method: "GET", url: messagesUrl(id), headers: who ? { cookie: who.cookie } : {} });
}

function write(who: Researcher | null, body: unknown, id = conversationId, csrf = true) {
  const headers = who ? (csrf ? who.headers : { cookie: who.cookie }) : {};
  return app.inject({ method: "POST", url: messagesUrl(id), headers, payload: { body } });
}

function leave(who: Researcher | null, id = conversationId) {
  const headers = who ? who.headers : {};
  return app.inject({ method: "POST", url: `/api/conversations/${encodeURIComponent(id)}/leave`, headers });
}

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  driver = testDriver();
  const people = await unclaimedPeople(driver, 3, 2);
  ann = await researcher(app, driver, "ann", people.pair[0]);
  ben = await researcher(app, driver, "ben", people.pair[1]);
  eve = await researcher(app, driver, "eve", people.others[0]!);
  const sent = await app.inject({
    method: "POST",
    url: `/api/people/${encodeURIComponent(people.pair[1])}/invites`,
    headers: ann.headers,
    payload: { message: "Shall we write about <em>graphs</em>?" },
  });
  const accepted = await app.inject({
    method: "POST",
    url: `/api/invites/${sent.json().id}/accept`,
    headers: ben.headers,
  });
  conversationId = accepted.json().conversationId;
});
afterAll(async () => {
  await removeCollaborationData(driver);
  await driver.close();
  await running.close();
});

describe("who may use a conversation", () => {
  it("lists it for its two participants only", async () => {
    for (const who of [ann, ben]) {
      const response = await list(who);
      expect(response.statusCode).toBe(200);
      expect(Value.Check(ConversationsSchema, response.json())).toBe(true);
      expect(response.json().items.map((item: { id: string }) => item.id)).toEqual([conversationId]);
    }
    expect((await list(ann)).json().items[0].with.id).toBe(ben.personId);
    expect((await list(ben)).json().items[0].with.id).toBe(ann.personId);
    expect((await list(eve)).json().items).toEqual([]);
    const nobody = await app.inject({ method: "GET", url: "/api/conversations" });
    expect([nobody.statusCode, nobody.json().code]).toEqual([401, "RGE_UNAUTHENTICATED"]);
  });

  it("refuses everyone else on every route: 401 nobody, 403 another user or no CSRF token, 404 no conversation", async () => {
    expect((await read(null)).statusCode).toBe(401);
    expect((await write(null, "hi")).statusCode).toBe(401);
    expect((await leave(null)).statusCode).toBe(401);
    for (const response of [await read(eve), await write(eve, "hi"), await leave(eve)]) {
      expect([response.statusCode, response.json().code]).toEqual([403, "RGE_FORBIDDEN"]);
    }
    const noCsrf = await write(ann, "hi", conversationId, false);
    expect([noCsrf.statusCode, noCsrf.json().code]).toEqual([403, "RGE_CSRF"]);
    for (const response of [await read(ann, "nope"), await write(ann, "hi", "nope"), await leave(ann, "nope")]) {
      expect([response.statusCode, response.json().code]).toEqual([404, "RGE_NOT_FOUND"]);
    }
    for (const body of ["", " \n ", "x".repeat(4001)]) {
      const bad = await write(ann, body);
      expect([bad.statusCode, bad.json().code]).toEqual([400, "RGE_BAD_PARAM"]);
    }
    // Nothing of that reached the conversation.
    expect((await read(ann)).json().total).toBe(1);
  });
});

describe("messages", () => {
  it("keeps them newest last, marks the other side's unread, and opening marks them read", async () => {
    const bodies = ["first <b>reply</b>", "second\nwith a line break", "third"];
    for (const body of bodies) {
      const response = await write(ann, body);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ body, mine: true, unread: false });
    }
    const benList = (await list(ben)).json();
    expect(benList.items[0].unread).toBe(3);
    expect(benList.unread).toBe(3);
    expect((await list(ann)).json().items[0].unread).toBe(0);

    const opened = await read(ben);
    expect(opened.statusCode).toBe(200);
    const body = opened.json();
    expect(Value.Check(MessagesSchema, body)).toBe(true);
    expect(body.items.map((m: { body: string }) => m.body)).toEqual([
      "Shall we write about <em>graphs</em>?",
      ...bodies,
    ]);
    expect(body.items.map((m: { unread: boolean }) => m.unread)).toEqual([false, true, true, true]);
    expect(body.items.map((m: { mine: boolean }) => m.mine)).toEqual([false, false, false, false]);
    expect(body.items[1].author.id).toBe(ann.personId);
    const times = body.items.map((m: { createdAt: string }) => Date.parse(m.createdAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect((await list(ben)).json().items[0].unread).toBe(0);
    expect((await read(ben)).json().items.some((m: { unread: boolean }) => m.unread)).toBe(false);

    const replied = await write(ben, "Yes!");
    expect(replied.statusCode).toBe(201);
    expect((await list(ann)).json().items[0].unread).toBe(1);
    expect((await read(ann, conversationId)).json().items.at(-1)).toMatchObject({ body: "Yes!", unread: true });
  });

  it("keeps one order for messages written at the same moment", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => write(i % 2 ? ann : ben, `burst ${i}`)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const seen = (await read(ann)).json().items.map((m: { body: string }) => m.body);
    const again = (await read(ben)).json().items.map((m: { body: string }) => m.body);
    expect(seen).toEqual(again);
    expect(seen.filter((b: string) => b.startsWith("burst")).sort()).toEqual(
      Array.from({ length: 6 }, (_, i) => `burst ${i}`),
    );
  });

  it("limits a read to the latest messages", async () => {
    const response = await app.inject({
      method: "GET",
      url: `${messagesUrl(conversationId)}?limit=2`,
      headers: { cookie: ann.cookie },
    });
    const all = (await read(ann)).json();
    expect(response.json().items).toEqual(all.items.slice(-2).map((m: object) => ({ ...m, unread: false })));
    expect(response.json().total).toBe(all.total);
  });
});

describe("leaving", () => {
  it("closes the conversation for both; the one who stays keeps reading, the one who left no longer sees it", async () => {
    const left = await leave(ben);
    expect(left.statusCode).toBe(204);
    expect((await list(ben)).json().items).toEqual([]);
    expect((await read(ben)).statusCode).toBe(403);
    expect((await write(ben, "back?")).statusCode).toBe(403);

    const annView = (await list(ann)).json().items[0];
    expect(annView).toMatchObject({ id: conversationId, open: false, otherLeft: true });
    const history = await read(ann);
    expect(history.statusCode).toBe(200);
    expect(history.json().conversation.open).toBe(false);
    const closed = await write(ann, "hello?");
    expect([closed.statusCode, closed.json().code]).toEqual([409, "RGE_CONFLICT"]);
    // With the conversation closed, a new invite between the two is possible again.
    const invite = await app.inject({
      method: "POST",
      url: `/api/people/${encodeURIComponent(ben.personId!)}/invites`,
      headers: ann.headers,
      payload: { message: "Try again?" },
    });
    expect(invite.statusCode).toBe(201);
  });
});

describe("a deleted account", () => {
  it("takes its messages along and closes the conversation; the other person keeps theirs", async () => {
    const people = await unclaimedPeople(driver, 0);
    const [leaving, staying] = [
      await researcher(app, driver, "leaving", people.pair[0]),
      await researcher(app, driver, "staying", people.pair[1]),
    ];
    const sent = await app.inject({
      method: "POST",
      url: `/api/people/${encodeURIComponent(people.pair[1])}/invites`,
      headers: leaving.headers,
      payload: { message: "Hello" },
    });
    const accepted = await app.inject({
      method: "POST",
      url: `/api/invites/${sent.json().id}/accept`,
      headers: staying.headers,
    });
    const id = accepted.json().conversationId as string;
    expect((await write(leaving, "Goodbye", id)).statusCode).toBe(201);
    expect((await write(staying, "Still here", id)).statusCode).toBe(201);

    const deleted = await app.inject({ method: "DELETE", url: "/api/me", headers: leaving.headers });
    expect(deleted.statusCode).toBe(204);

    const [item] = (await list(staying)).json().items;
    expect(item).toMatchObject({ id, open: false, otherLeft: true, with: null });
    expect((await read(staying, id)).json().items.map((m: { body: string }) => m.body)).toEqual(["Still here"]);
    expect((await write(staying, "Anyone?", id)).statusCode).toBe(409);
    expect(
      (await app.inject({ method: "GET", url: "/api/me/invites", headers: { cookie: staying.cookie } })).json(),
    ).toMatchObject({ received: [], pendingReceived: 0 });
  });
});
