/**
 * People for the direct-collaboration tests: users signed in through the real email-link flow (signIn), each holding
 * an approved claim on an author record nobody else has claimed, and unclaimed records to invite.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import type { Me } from "../../contract/schemas/auth.ts";
import type { Driver } from "neo4j-driver";
import { cypherInt } from "../../server/neo4j/native.ts";
import { query } from "./graph.ts";
import { signIn, type SignedIn } from "./sign-in.ts";

export interface Researcher extends SignedIn {
  /** The author record this user's approved claim holds (null: signed in without a claimed profile). */
  personId: string | null;
}

/**
 * Author records no claim mentions: `pair` are two people at co-author distance 2 (a mutual co-author, never
 * co-authors themselves), `others` more records; all distinct.
 */
export async function unclaimedPeople(
  driver: Driver,
  count: number,
  skip = 0,
): Promise<{ pair: [string, string]; others: string[] }> {
  const [pair] = await query<{ a: string; b: string }>(
    driver,
    `MATCH (a:Person)-[:COAUTHOR]-(:Person)-[:COAUTHOR]-(b:Person)
     WHERE a.id < b.id AND NOT EXISTS { (a)-[:COAUTHOR]-(b) }
       AND NOT EXISTS { (:Claim)-[:CLAIMS]->(a) } AND NOT EXISTS { (:Claim)-[:CLAIMS]->(b) }
       AND a.worksCount >= 2 AND b.worksCount >= 2
     RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id SKIP $skip LIMIT 1`,
    { skip: cypherInt(skip) },
  );
  if (!pair) throw new Error("no unclaimed pair at co-author distance 2 in the demo data");
  const rows = await query<{ id: string }>(
    driver,
    `MATCH (p:Person) WHERE NOT EXISTS { (:Claim)-[:CLAIMS]->(p) } AND NOT p.id IN $pair AND p.worksCount >= 1
     RETURN p.id AS id ORDER BY p.id SKIP $skip LIMIT $count`,
    { pair: [pair.a, pair.b], skip: cypherInt(skip * 10 + 500), count: cypherInt(count) },
  );
  return { pair: [pair.a, pair.b], others: rows.map((row) => row.id) };
}

/**
 * Signs a new user in (a fresh address each run) and, with `personId`, gives them an approved claim on that record,
 * as a moderator's approval leaves it (`status: 'claimed'`, `approvedFor`: the record's id).
 */
export async function researcher(
  app: FastifyInstance,
  driver: Driver,
  name: string,
  personId: string | null,
): Promise<Researcher> {
  const signedIn = await signIn(app, `${name}-${randomUUID().slice(0, 8)}@collab.example.org`);
  touchedUsers.add(signedIn.me.user.id);
  if (personId) await grantClaim(driver, signedIn.me.user.id, personId);
  return { ...signedIn, personId };
}

/** Users these helpers claimed records for: removeCollaborationData() takes them and all they made away again. */
const touchedUsers = new Set<string>();

/**
 * Deletes the users these helpers gave claims to, with their sessions, claims, invites (sent and received),
 * conversations and messages, so the shared demo graph's records are unclaimed again for the test files after.
 */
export async function removeCollaborationData(driver: Driver): Promise<void> {
  const ids = [...touchedUsers];
  touchedUsers.clear();
  await query(
    driver,
    `MATCH (user:User) WHERE user.id IN $ids
     CALL (user) { MATCH (user)-[:MADE]->(claim:Claim) DETACH DELETE claim }
     CALL (user) { MATCH (user)-[:SENT|TO]-(invite:Invite) DETACH DELETE invite }
     CALL (user) {
       MATCH (user)-[:IN]->(conversation:Conversation)
       OPTIONAL MATCH (message:Message)-[:IN]->(conversation)
       DETACH DELETE message, conversation
     }
     CALL (user) { MATCH (session:Session)-[:SESSION_OF]->(user) DETACH DELETE session }
     DETACH DELETE user`,
    { ids },
  );
}

/** Gives user `userId` the approved claim on `personId` that a moderator's approval leaves. */
export async function grantClaim(driver: Driver, userId: string, personId: string): Promise<void> {
  touchedUsers.add(userId);
  await query(
    driver,
    `MATCH (user:User {id: $userId}), (person:Person {id: $personId})
     CREATE (user)-[:MADE]->(:Claim {
       id: $claimId, status: 'claimed', approvedFor: person.id, level: 'L4', method: 'email', note: 'test',
       evidence: [], createdAt: datetime(), decidedAt: datetime(), decidedBy: 'test'
     })-[:CLAIMS]->(person)`,
    { userId, personId, claimId: randomUUID() },
  );
}

/**
 * An inbox with something in every part for the user signed in on `page` (claimed onto a fresh record here), made
 * through the API: an invite they accepted (from `page`, with the session's CSRF token) whose conversation holds an
 * unread message, and a pending invite. Returns that conversation's id.
 */
export async function populatedInbox(app: FastifyInstance, driver: Driver, page: Page, baseUrl: string) {
  const me = (await (await page.request.get(`${baseUrl}/api/me`)).json()) as Me;
  const people = await unclaimedPeople(driver, 2);
  await grantClaim(driver, me.user.id, people.pair[1]);
  const friend = await researcher(app, driver, "friend", people.pair[0]);
  const stranger = await researcher(app, driver, "stranger", people.others[0]!);
  const invite = async (from: Researcher, message: string) => {
    const url = `/api/people/${encodeURIComponent(people.pair[1])}/invites`;
    const response = await app.inject({ method: "POST", url, headers: from.headers, payload: { message } });
    return response.json<{ id: string }>().id;
  };
  const first = await invite(friend, "Shall we write the survey together?");
  const accepted = await page.request.post(`${baseUrl}/api/invites/${first}/accept`, {
    headers: { "x-csrf-token": me.csrfToken },
  });
  const { conversationId } = (await accepted.json()) as { conversationId: string };
  await app.inject({
    method: "POST",
    url: `/api/conversations/${conversationId}/messages`,
    headers: friend.headers,
    payload: { body: "I have a first outline; when could we talk?" },
  });
  await invite(stranger, "Hello, I read your latest paper.");
  return conversationId;
}
