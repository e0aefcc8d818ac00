/**
 * Invites through the real app and Neo4j: who may invite whom (both claimed), one pending invite per pair, the daily
 * cap, accept / decline / block as the recipient only, a blocked sender told nothing, and every route as nobody and
 * as the wrong user. The fit reasons route against the co-author graph queried directly.
 */
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InviteSchema, InvitesSchema, type Invites } from "../../contract/schemas/collaboration.ts";
import { SuggestedCollaboratorSchema } from "../../contract/schemas/people.ts";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { removeCollaborationData, researcher, unclaimedPeople, type Researcher } from "../_helpers/collaboration.ts";
import { query, testDriver } from "../_helpers/graph.ts";

let running: RunningApp;
let app: FastifyInstance;
let driver: Driver;
let alice: Researcher;
let bob: Researcher;
let carol: Researcher;
let nobodyClaimed: Researcher;
let unclaimed: string;
let pair: [string, string];

const inviteUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/invites`;

async function send(who: Researcher | null, personId: string, message: unknown, csrf = true) {
  const headers = who ? (csrf ? who.headers : { cookie: who.cookie }) : {};
  return app.inject({ method: "POST", url: inviteUrl(personId), headers, payload: { message } });
}

async function answer(who: Researcher | null, inviteId: string, kind: "accept" | "decline" | "block", csrf = true) {
  const headers = who ? (csrf ? who.headers : { cookie: who.cookie }) : {};
  return app.inject({ method: "POST", url: `/api/invites/${encodeURIComponent(inviteId)}/${kind}`, headers });
}

async function invitesOf(who: Researcher) {
  const response = await app.inject({ method: "GET", url: "/api/me/invites", headers: { cookie: who.cookie } });
  expect(response.statusCode).toBe(200);
  const body = response.json();
  expect(Value.Check(InvitesSchema, body)).toBe(true);
  return body as Invites;
}

async function unreadInvites(who: Researcher): Promise<number> {
  const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie: who.cookie } });
  return me.json().unreadInvites as number;
}

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  driver = testDriver();
  const people = await unclaimedPeople(driver, 4);
  pair = people.pair;
  unclaimed = people.others[3]!;
  alice = await researcher(app, driver, "alice", pair[0]);
  bob = await researcher(app, driver, "bob", pair[1]);
  carol = await researcher(app, driver, "carol", people.others[0]!);
  nobodyClaimed = await researcher(app, driver, "dan", null);
});
afterAll(async () => {
  await removeCollaborationData(driver);
  await driver.close();
  await running.close();
});

describe("POST /api/people/:id/invites", () => {
  it("refuses nobody (401), a request without the CSRF token (403) and a user without a claimed profile (403)", async () => {
    const nobody = await send(null, pair[1], "hello");
    expect([nobody.statusCode, nobody.json().code]).toEqual([401, "RGE_UNAUTHENTICATED"]);
    const noCsrf = await send(alice, pair[1], "hello", false);
    expect([noCsrf.statusCode, noCsrf.json().code]).toEqual([403, "RGE_CSRF"]);
    const unclaimedSender = await send(nobodyClaimed, pair[1], "hello");
    expect([unclaimedSender.statusCode, unclaimedSender.json().code]).toEqual([403, "RGE_FORBIDDEN"]);
    expect((await invitesOf(bob)).received).toEqual([]);
  });

  it("refuses an unclaimed profile (409), an unknown person (404), oneself (409) and bad messages (400)", async () => {
    const toUnclaimed = await send(alice, unclaimed, "hello");
    expect([toUnclaimed.statusCode, toUnclaimed.json().code]).toEqual([409, "RGE_CONFLICT"]);
    const unknown = await send(alice, "arxiv:no such person", "hello");
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, "RGE_NOT_FOUND"]);
    const self = await send(alice, pair[0], "hello");
    expect([self.statusCode, self.json().code]).toEqual([409, "RGE_CONFLICT"]);
    for (const message of ["", "  \n\t ", "x".repeat(2001), { text: "hi" }, null]) {
      const bad = await send(alice, pair[1], message);
      expect([bad.statusCode, bad.json().code], JSON.stringify(message)).toEqual([400, "RGE_BAD_PARAM"]);
    }
    const extra = await app.inject({
      method: "POST",
      url: inviteUrl(pair[1]),
      headers: alice.headers,
      payload: { message: "hi", to: "someone else" },
    });
    expect(extra.statusCode).toBe(400);
    expect((await invitesOf(alice)).sent).toEqual([]);
  });

  it("sends a plain-text invite exactly as written, once per pair in either direction", async () => {
    const message = `<script>alert("x")</script> <b>Let's</b> work\r\non "typed graphs" & more`.padEnd(2000, ".");
    const sent = await send(alice, pair[1], message);
    expect(sent.statusCode).toBe(201);
    const invite = sent.json();
    expect(Value.Check(InviteSchema, invite)).toBe(true);
    expect(invite.message).toBe(message.replace("\r\n", "\n"));
    expect(invite).toMatchObject({ status: "pending", conversationId: null, decidedAt: null });
    expect([invite.from.id, invite.to.id]).toEqual([pair[0], pair[1]]);

    const received = await invitesOf(bob);
    expect(received.received.map((item) => item.id)).toEqual([invite.id]);
    expect(received.received[0]!.message).toBe(invite.message);
    expect(received.pendingReceived).toBe(1);
    expect(await unreadInvites(bob)).toBe(1);
    // Nobody else sees it.
    expect((await invitesOf(carol)).received).toEqual([]);

    const again = await send(alice, pair[1], "again");
    expect([again.statusCode, again.json().code]).toEqual([409, "RGE_CONFLICT"]);
    const back = await send(bob, pair[0], "and back");
    expect([back.statusCode, back.json().code]).toEqual([409, "RGE_CONFLICT"]);
  });

  it("lets two simultaneous invites between one pair through once", async () => {
    const [first, second] = await Promise.all([send(carol, pair[0], "one"), send(carol, pair[0], "two")]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    const pending = (await invitesOf(alice)).received.filter((item) => item.from?.id === carol.personId);
    expect(pending).toHaveLength(1);
  });
});

describe("answering invites", () => {
  it("only the recipient answers: 401 for nobody, 403 for the sender and a third user, 404 for no invite", async () => {
    const [invite] = (await invitesOf(bob)).received;
    for (const kind of ["accept", "decline", "block"] as const) {
      const nobody = await answer(null, invite!.id, kind);
      expect([nobody.statusCode, nobody.json().code]).toEqual([401, "RGE_UNAUTHENTICATED"]);
      const sender = await answer(alice, invite!.id, kind);
      expect([sender.statusCode, sender.json().code]).toEqual([403, "RGE_FORBIDDEN"]);
      const third = await answer(carol, invite!.id, kind);
      expect([third.statusCode, third.json().code]).toEqual([403, "RGE_FORBIDDEN"]);
      const noCsrf = await answer(bob, invite!.id, kind, false);
      expect([noCsrf.statusCode, noCsrf.json().code]).toEqual([403, "RGE_CSRF"]);
    }
    const missing = await answer(bob, "no-such-invite", "accept");
    expect([missing.statusCode, missing.json().code]).toEqual([404, "RGE_NOT_FOUND"]);
    expect((await invitesOf(bob)).received[0]!.status).toBe("pending");
  });

  it("accepting opens a conversation whose first message is the invite; a second answer is a conflict", async () => {
    const [invite] = (await invitesOf(bob)).received;
    const accepted = await answer(bob, invite!.id, "accept");
    expect(accepted.statusCode).toBe(200);
    const body = accepted.json();
    expect(body.status).toBe("accepted");
    expect(body.conversationId).toEqual(expect.any(String));
    expect(await unreadInvites(bob)).toBe(0);
    const sentView = (await invitesOf(alice)).sent.find((item) => item.id === invite!.id);
    expect(sentView).toMatchObject({ status: "accepted", conversationId: body.conversationId });

    const messages = await app.inject({
      method: "GET",
      url: `/api/conversations/${body.conversationId}/messages`,
      headers: { cookie: bob.cookie },
    });
    expect(messages.json().items.map((m: { body: string }) => m.body)).toEqual([invite!.message]);

    for (const kind of ["accept", "decline", "block"] as const) {
      const again = await answer(bob, invite!.id, kind);
      expect([again.statusCode, again.json().code]).toEqual([409, "RGE_CONFLICT"]);
    }
    // An open conversation makes a new invite between the two a conflict.
    const whileTalking = await send(alice, pair[1], "another");
    expect([whileTalking.statusCode, whileTalking.json().code]).toEqual([409, "RGE_CONFLICT"]);
  });

  it("declining frees the pair: the sender may invite again", async () => {
    const [invite] = (await invitesOf(alice)).received.filter((item) => item.status === "pending");
    expect(invite!.from?.id).toBe(carol.personId);
    const declined = await answer(alice, invite!.id, "decline");
    expect([declined.statusCode, declined.json().status]).toEqual([200, "declined"]);
    expect((await invitesOf(carol)).sent[0]!.status).toBe("declined");
    const again = await send(carol, pair[0], "a second try");
    expect(again.statusCode).toBe(201);
  });

  it("blocking refuses the sender's later invites without telling them", async () => {
    const pending = (await invitesOf(alice)).received.find((item) => item.status === "pending");
    const blocked = await answer(alice, pending!.id, "block");
    expect([blocked.statusCode, blocked.json().status, blocked.json().senderBlocked]).toEqual([200, "declined", true]);
    const unreadBefore = await unreadInvites(alice);

    const later = await send(carol, pair[0], "please?");
    expect(later.statusCode).toBe(201);
    const seenBySender = later.json();
    expect(seenBySender).toMatchObject({ status: "pending", senderBlocked: false, conversationId: null });
    expect(Object.keys(seenBySender).sort()).toEqual(Object.keys(pending!).sort());
    // The recipient never sees it, nor is it counted; the sender sees it waiting, like any unanswered invite.
    const aliceView = await invitesOf(alice);
    expect(aliceView.received.some((item) => item.id === seenBySender.id)).toBe(false);
    expect(await unreadInvites(alice)).toBe(unreadBefore);
    expect((await invitesOf(carol)).sent.find((item) => item.id === seenBySender.id)?.status).toBe("pending");
    // A second attempt meets the same "already waiting" answer as with anyone who has not answered yet.
    const twice = await send(carol, pair[0], "hello?");
    expect([twice.statusCode, twice.json().code]).toEqual([409, "RGE_CONFLICT"]);
    // And the recipient cannot act on what they never received.
    const hidden = await answer(alice, seenBySender.id, "accept");
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, "RGE_NOT_FOUND"]);
  });
});

describe("GET /api/me/invites", () => {
  it("is for signed-in users only", async () => {
    const response = await app.inject({ method: "GET", url: "/api/me/invites" });
    expect([response.statusCode, response.json().code]).toEqual([401, "RGE_UNAUTHENTICATED"]);
  });
});

describe("daily cap (RGE_INVITES_PER_DAY)", () => {
  it("answers 429 RGE_RATE_LIMITED with Retry-After once a sender reaches it in 24 hours", async () => {
    const capped = await startTestApp({ RGE_INVITES_PER_DAY: "2" });
    try {
      const people = await unclaimedPeople(driver, 4, 1);
      const sender = await researcher(capped.app, driver, "erin", people.pair[0]);
      const targets = [];
      for (const [index, personId] of people.others.slice(0, 3).entries()) {
        targets.push(await researcher(capped.app, driver, `target${index}`, personId));
      }
      const post = (personId: string) =>
        capped.app.inject({
          method: "POST",
          url: inviteUrl(personId),
          headers: sender.headers,
          payload: { message: "hi" },
        });
      expect((await post(targets[0]!.personId!)).statusCode).toBe(201);
      expect((await post(targets[1]!.personId!)).statusCode).toBe(201);
      const third = await post(targets[2]!.personId!);
      expect([third.statusCode, third.json().code]).toEqual([429, "RGE_RATE_LIMITED"]);
      const retryAfter = Number(third.headers["retry-after"]);
      expect(retryAfter).toBeGreaterThan(24 * 3600 - 120);
      expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
      expect((await invitesOf(targets[2]!)).received).toEqual([]);
      // The window rolls: once the first invite is a day old, one more fits.
      await query(
        driver,
        `MATCH (:User {id: $userId})-[:SENT]->(invite:Invite)
         WITH invite ORDER BY invite.createdAt LIMIT 1
         SET invite.createdAt = invite.createdAt - duration({hours: 24, seconds: 1})`,
        { userId: sender.me.user.id },
      );
      expect((await post(targets[2]!.personId!)).statusCode).toBe(201);
    } finally {
      await capped.close();
    }
  });
});

describe("GET /api/people/:id/collaborators/fit", () => {
  it("gives the shared topics, mutual co-authors and distance of two people, as the graph has them", async () => {
    const [a, b] = pair;
    const response = await app.inject({
      method: "GET",
      url: `/api/people/${encodeURIComponent(a)}/collaborators/fit?with=${encodeURIComponent(b)}`,
    });
    expect(response.statusCode).toBe(200);
    const fit = response.json();
    expect(Value.Check(SuggestedCollaboratorSchema, fit)).toBe(true);
    const [expected] = await query<{ topics: string[]; mutual: string[] }>(
      driver,
      `MATCH (a:Person {id: $a}), (b:Person {id: $b})
       RETURN COLLECT { MATCH (a)-[:WORKS_ON]->(t)<-[:WORKS_ON]-(b) RETURN DISTINCT t.id } AS topics,
              COLLECT { MATCH (a)-[:COAUTHOR]-(m)-[:COAUTHOR]-(b) RETURN DISTINCT m.id } AS mutual`,
      { a, b },
    );
    expect(fit.id).toBe(b);
    expect(fit.distance).toBe(2);
    expect(fit.sharedTopics.map((t: { id: string }) => t.id).sort()).toEqual(expected!.topics.sort());
    expect(fit.mutualCoauthorsTotal).toBe(expected!.mutual.length);
    for (const m of fit.mutualCoauthors) expect(expected!.mutual).toContain(m.id);
  });

  it("says distance 1 for co-authors, 404 for an unknown person and 400 for the same person", async () => {
    const [row] = await query<{ id: string }>(
      driver,
      "MATCH (:Person {id: $a})-[:COAUTHOR]-(c:Person) RETURN c.id AS id ORDER BY c.id LIMIT 1",
      { a: pair[0] },
    );
    const fit = await app.inject({
      method: "GET",
      url: `/api/people/${encodeURIComponent(pair[0])}/collaborators/fit?with=${encodeURIComponent(row!.id)}`,
    });
    expect(fit.json().distance).toBe(1);
    const unknown = await app.inject({
      method: "GET",
      url: `/api/people/${encodeURIComponent(pair[0])}/collaborators/fit?with=nobody-here`,
    });
    expect(unknown.statusCode).toBe(404);
    const same = await app.inject({
      method: "GET",
      url: `/api/people/${encodeURIComponent(pair[0])}/collaborators/fit?with=${encodeURIComponent(pair[0])}`,
    });
    expect(same.statusCode).toBe(400);
  });
});
