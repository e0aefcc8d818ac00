/**
 * The account: GET /api/me's claimed profile and unread invites, moderators (RGE_MODERATOR_EMAILS, requireModerator)
 * and DELETE /api/me, which ends every session and removes the user's data on the shared model of
 * docs/DATA-MODEL.md ("User data") while releasing their claims and leaving everyone else's data alone. The claims,
 * invites and messages are created directly in Neo4j here, in the agreed model, so the deletion is tested whoever
 * writes them.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireModerator, requireUser } from "../../server/plugins/session.ts";
import { buildTestApp } from "../_helpers/app-server.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { signIn, type SignedIn } from "../_helpers/sign-in.ts";

const MODERATOR = `mod-${randomUUID()}@example.org`;
const PERSON_A = "arxiv:S.Shelah";
const PERSON_B = "arxiv:E.Elizalde";

let app: FastifyInstance;
let driver: Driver;

beforeAll(async () => {
  app = await buildTestApp({ RGE_MODERATOR_EMAILS: `other@example.org, ${MODERATOR.toUpperCase()}` });
  // Routes guarded by the two preHandlers, as the claims and invites routes use them.
  app.get("/api/test/user-only", { preHandler: requireUser }, async (request) => ({ id: request.user!.id }));
  app.get("/api/test/moderators-only", { preHandler: requireModerator }, async () => ({ ok: true }));
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
  await app?.close();
});

const newEmail = (name: string) => `${name}-${randomUUID()}@example.org`;
const me = (user: SignedIn) => app.inject({ method: "GET", url: "/api/me", headers: { cookie: user.cookie } });

describe("moderators", () => {
  it("isModerator comes from RGE_MODERATOR_EMAILS (any case); requireModerator answers 401, 403, then lets in", async () => {
    const moderator = await signIn(app, MODERATOR);
    const someone = await signIn(app, newEmail("someone"));
    expect(moderator.me.isModerator).toBe(true);
    expect(someone.me.isModerator).toBe(false);
    const get = (url: string, user?: SignedIn) =>
      app.inject({ method: "GET", url, headers: user ? { cookie: user.cookie } : {} });
    expect((await get("/api/test/moderators-only")).statusCode).toBe(401);
    const forbidden = await get("/api/test/moderators-only", someone);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe("RGE_FORBIDDEN");
    expect((await get("/api/test/moderators-only", moderator)).statusCode).toBe(200);
    expect((await get("/api/test/user-only")).json().code).toBe("RGE_UNAUTHENTICATED");
    expect((await get("/api/test/user-only", someone)).json()).toEqual({ id: someone.me.user.id });
  });
});

describe("GET /api/me extras", () => {
  it("shows the claimed profile (approved before pending) and counts pending invites", async () => {
    const user = await signIn(app, newEmail("extras"));
    const sender = await signIn(app, newEmail("sender"));
    await query(
      driver,
      `MATCH (u:User {id: $user}), (s:User {id: $sender}), (a:Person {id: $a}), (b:Person {id: $b})
       CREATE (u)-[:MADE]->(:Claim {id: randomUUID(), status: 'pending', level: 'L2', createdAt: datetime()})-[:CLAIMS]->(b)
       CREATE (u)-[:MADE]->(:Claim {id: randomUUID(), status: 'claimed', level: 'L3', createdAt: datetime() - duration('P1D')})-[:CLAIMS]->(a)
       CREATE (s)-[:SENT]->(:Invite {id: randomUUID(), status: 'pending', message: 'hi', createdAt: datetime()})-[:TO]->(u)
       CREATE (s)-[:SENT]->(:Invite {id: randomUUID(), status: 'declined', message: 'old', createdAt: datetime()})-[:TO]->(u)`,
      { user: user.me.user.id, sender: sender.me.user.id, a: PERSON_A, b: PERSON_B },
    );
    const [person] = await query<{ name: string }>(driver, "MATCH (p:Person {id: $id}) RETURN p.name AS name", {
      id: PERSON_A,
    });
    const body = (await me(user)).json();
    expect(body.claimedProfile).toEqual({ personId: PERSON_A, name: person!.name, level: "L3", status: "claimed" });
    expect(body.unreadInvites).toBe(1);
    expect(sender.me.claimedProfile).toBeNull();
  });
});

describe("DELETE /api/me", () => {
  it("ends every session and deletes the user's data; claims are released; other users keep theirs", async () => {
    const email = newEmail("leaving");
    const leaving = await signIn(app, email);
    const otherSession = await signIn(app, email);
    const friend = await signIn(app, newEmail("friend"));
    const ids = { user: leaving.me.user.id, friend: friend.me.user.id, a: PERSON_A, b: PERSON_B };
    const [made] = await query<{ claim: string; conversation: string; lone: string }>(
      driver,
      `MATCH (u:User {id: $user}), (f:User {id: $friend}), (a:Person {id: $a}), (b:Person {id: $b})
       CREATE (u)-[:FOLLOWS {since: datetime()}]->(b)
       CREATE (f)-[:FOLLOWS {since: datetime()}]->(b)
       CREATE (u)-[:MADE]->(claim:Claim {id: randomUUID(), status: 'claimed', level: 'L3', method: 'orcid'})-[:CLAIMS]->(a)
       CREATE (u)-[:SENT]->(:Invite {id: randomUUID(), status: 'pending', message: 'sent'})-[:TO]->(f)
       CREATE (f)-[:SENT]->(:Invite {id: randomUUID(), status: 'accepted', message: 'received'})-[:TO]->(u)
       CREATE (u)-[:BLOCKS]->(f)
       CREATE (c:Conversation {id: randomUUID()})
       CREATE (u)-[:IN {lastReadAt: datetime()}]->(c), (f)-[:IN {lastReadAt: datetime()}]->(c)
       CREATE (u)-[:WROTE]->(:Message {id: randomUUID(), body: 'mine', createdAt: datetime()})-[:IN]->(c)
       CREATE (f)-[:WROTE]->(:Message {id: randomUUID(), body: 'theirs', createdAt: datetime()})-[:IN]->(c)
       CREATE (lone:Conversation {id: randomUUID()})
       CREATE (u)-[:IN {lastReadAt: datetime()}]->(lone)
       CREATE (f)-[:IN {lastReadAt: datetime(), leftAt: datetime()}]->(lone)
       CREATE (u)-[:WROTE]->(:Message {id: randomUUID(), body: 'alone', createdAt: datetime()})-[:IN]->(lone)
       RETURN claim.id AS claim, c.id AS conversation, lone.id AS lone`,
      ids,
    );

    const response = await app.inject({ method: "DELETE", url: "/api/me", headers: leaving.headers });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers["set-cookie"])).toMatch(/^rge_session=;/);
    for (const session of [leaving, otherSession]) expect((await me(session)).statusCode).toBe(401);

    const [after] = await query<Record<string, unknown>>(
      driver,
      `OPTIONAL MATCH (u:User {id: $user})
       WITH count(u) AS users
       OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(:User {id: $user})
       WITH users, count(s) AS sessions
       OPTIONAL MATCH (t:LoginToken {email: $email})
       WITH users, sessions, count(t) AS tokens
       MATCH (claim:Claim {id: $claim})
       OPTIONAL MATCH (claimant:User)-[:MADE]->(claim)
       WITH users, sessions, tokens, claim, count(claimant) AS claimants
       OPTIONAL MATCH (i:Invite) WHERE i.message IN ['sent', 'received']
       WITH users, sessions, tokens, claim, claimants, count(i) AS invites
       MATCH (c:Conversation {id: $conversation})
       OPTIONAL MATCH (m:Message)-[:IN]->(c)
       WITH users, sessions, tokens, claim, claimants, invites, c, collect(m.body) AS messages
       OPTIONAL MATCH (member:User)-[:IN]->(c)
       WITH users, sessions, tokens, claim, claimants, invites, messages, collect(member.id) AS members
       OPTIONAL MATCH (lone:Conversation {id: $lone})
       WITH users, sessions, tokens, claim, claimants, invites, messages, members, count(lone) AS lone
       OPTIONAL MATCH (alone:Message {body: 'alone'})
       WITH users, sessions, tokens, claim, claimants, invites, messages, members, lone, count(alone) AS alone
       MATCH (f:User {id: $friend})
       RETURN users, sessions, tokens, claim.status AS claimStatus, claimants, invites, messages, members, lone,
              alone, f.email AS friendEmail, EXISTS { (f)-[:FOLLOWS]->(:Person {id: $b}) } AS friendFollows,
              EXISTS { (:Person {id: $a}) } AS personA`,
      { ...ids, email, claim: made!.claim, conversation: made!.conversation, lone: made!.lone },
    );
    expect(after).toEqual({
      users: 0,
      sessions: 0,
      tokens: 0,
      claimStatus: "released",
      claimants: 0,
      invites: 0,
      messages: ["theirs"],
      members: [friend.me.user.id],
      lone: 0,
      alone: 0,
      friendEmail: friend.me.user.email,
      friendFollows: true,
      personA: true,
    });
    expect((await me(friend)).statusCode).toBe(200);
  });

  it("the same email can sign up again afterwards, as a new user", async () => {
    const email = newEmail("returning");
    const first = await signIn(app, email);
    await app.inject({ method: "DELETE", url: "/api/me", headers: first.headers });
    const again = await signIn(app, email);
    expect(again.me.user.email).toBe(email);
    expect(again.me.user.id).not.toBe(first.me.user.id);
  });
});
