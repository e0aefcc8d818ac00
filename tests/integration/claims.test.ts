/**
 * Claims through the real routes (docs/CLAIMS.md): levels from real evidence (an ORCID on an imported record, an
 * email in an imported abstract), disputes, the moderators' queue and decisions, withdrawal, the profile's status and
 * level and the trust score — each route tried as the right user, the wrong user and nobody. The records are works
 * imported for this test (tests/_helpers/openalex-fixture.ts); an ORCID-authenticated account is a signed-in user
 * whose User node carries that ORCID (the ORCID sign-in itself is tested with the accounts).
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClaimList, ClaimQueue } from "../../contract/schemas/claims.ts";
import type { Person } from "../../contract/schemas/people.ts";
import { buildTestApp } from "../_helpers/app-server.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { openAlexFixture, type OpenAlexFixture } from "../_helpers/openalex-fixture.ts";
import { signIn, type SignedIn } from "../_helpers/sign-in.ts";

const RECORD_ORCID = "0000-0002-1825-0097";
const run = randomUUID().slice(0, 8);
const DOMAIN = `claims-${run}.example.org`;
const EMAIL_OWNER = `owner-${run}@${DOMAIN}`;
const MODERATOR = `moderator-${run}@example.org`;

let app: FastifyInstance;
let driver: Driver;
let fixture: OpenAlexFixture;
let orcidUser: SignedIn;
let emailUser: SignedIn;
let colleague: SignedIn;
let stranger: SignedIn;
let moderator: SignedIn;
let R1: string;
let R2: string;
let R3: string;

beforeAll(async () => {
  app = await buildTestApp({ RGE_MODERATOR_EMAILS: MODERATOR });
  driver = testDriver();
  fixture = openAlexFixture(driver, "982");
  await fixture.importWorks([
    { n: 1, title: "Claims fixture one", year: 2021, authors: [{ n: 1, name: "Claim Orcid", orcid: RECORD_ORCID }] },
    {
      n: 2,
      title: "Claims fixture two",
      year: 2022,
      authors: [{ n: 2, name: "Claim Email" }],
      abstract: `We study claims. Correspondence: ${EMAIL_OWNER}`,
    },
    { n: 3, title: "Claims fixture three", year: 2023, authors: [{ n: 3, name: "Claim Nothing" }] },
  ]);
  [R1, R2, R3] = [fixture.personId(1), fixture.personId(2), fixture.personId(3)];
  orcidUser = await signIn(app, `orcid-${run}@example.org`);
  // An ORCID belongs to one account (a unique constraint): take it from any earlier run's user first.
  await query(driver, "MATCH (u:User {orcid: $orcid}) REMOVE u.orcid", { orcid: RECORD_ORCID });
  await query(driver, "MATCH (u:User {id: $id}) SET u.orcid = $orcid", {
    id: orcidUser.me.user.id,
    orcid: RECORD_ORCID,
  });
  emailUser = await signIn(app, EMAIL_OWNER);
  colleague = await signIn(app, `colleague-${run}@${DOMAIN}`);
  stranger = await signIn(app, `stranger-${run}@example.net`);
  moderator = await signIn(app, MODERATOR);
});
afterAll(async () => {
  await query(driver, "MATCH (c:Claim)-[:CLAIMS]->(p:Person) WHERE p.id STARTS WITH 'openalex:A982' DETACH DELETE c");
  await query(driver, "MATCH (u:User {orcid: $orcid}) REMOVE u.orcid", { orcid: RECORD_ORCID });
  await fixture?.remove();
  await driver?.close();
  await app?.close();
});

type Method = "GET" | "POST" | "DELETE";
const as = (user: SignedIn | null, method: Method, url: string, payload?: Record<string, unknown>) =>
  app.inject({ method, url, headers: user ? user.headers : {}, ...(payload === undefined ? {} : { payload }) });
const claimUrl = (id: string) => `/api/people/${encodeURIComponent(id)}/claims`;
const claim = (user: SignedIn, id: string, method: "email" | "orcid", note = "") =>
  as(user, "POST", claimUrl(id), { method, note });
const decide = (user: SignedIn | null, claimId: string, decision: string, reason?: string) =>
  as(user, "POST", `/api/claims/${claimId}/decision`, reason === undefined ? { decision } : { decision, reason });
const profile = async (id: string, user: SignedIn | null = null) =>
  (
    await app.inject({ url: `/api/people/${encodeURIComponent(id)}`, headers: user ? { cookie: user.cookie } : {} })
  ).json<Person>();
const trustPoints = (person: Person, key: string) => person.trust.factors.find((f) => f.key === key)!.points;
const mine = async (user: SignedIn) => (await as(user, "GET", "/api/me/claims")).json<ClaimList>().items;
const expectError = (response: { statusCode: number; json: () => { code: string } }, status: number, code: string) =>
  expect([response.statusCode, response.json().code]).toEqual([status, code]);

describe("who may call what", () => {
  it("answers nobody 401, a missing CSRF token 403, a non-moderator 403 on moderator routes", async () => {
    expectError(await as(null, "POST", claimUrl(R3), { method: "email", note: "" }), 401, "RGE_UNAUTHENTICATED");
    const noToken = await app.inject({
      method: "POST",
      url: claimUrl(R3),
      headers: { cookie: stranger.cookie },
      payload: { method: "email", note: "" },
    });
    expectError(noToken, 403, "RGE_CSRF");
    expectError(await as(null, "GET", "/api/me/claims"), 401, "RGE_UNAUTHENTICATED");
    expectError(await as(null, "GET", "/api/claims"), 401, "RGE_UNAUTHENTICATED");
    expectError(await as(stranger, "GET", "/api/claims"), 403, "RGE_FORBIDDEN");
    expectError(await decide(null, "x", "approve"), 401, "RGE_UNAUTHENTICATED");
    expectError(await decide(stranger, "x", "approve"), 403, "RGE_FORBIDDEN");
    expectError(await as(null, "DELETE", "/api/claims/x"), 401, "RGE_UNAUTHENTICATED");
    expectError(await claim(stranger, "openalex:A9829999999", "email"), 404, "RGE_NOT_FOUND");
    expect((await as(stranger, "POST", claimUrl(R3), { method: "fax", note: "" })).statusCode).toBe(400);
  });
});

describe("levels, statuses and disputes", () => {
  it("L1 before any claim: an OpenAlex author id is a persistent id", async () => {
    expect(await profile(R3)).toMatchObject({ verification: "L1", claimed: false, claim: { status: "unclaimed" } });
  });

  it("L3: an authenticated ORCID equal to the record's is claimed at once; the trust score counts it", async () => {
    const before = await profile(R1);
    const filed = await claim(orcidUser, R1, "orcid", "my ORCID");
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ status: "claimed", level: "L3" });
    const after = await profile(R1, orcidUser);
    expect(after).toMatchObject({
      verification: "L3",
      claimed: true,
      claim: { status: "claimed", mine: { status: "claimed" } },
    });
    expect(trustPoints(after, "claimed") - trustPoints(before, "claimed")).toBe(15);
    expect(trustPoints(after, "verification")).toBe(24);
    expect((await profile(R1, stranger)).claim.mine).toBeNull();
    expectError(await claim(orcidUser, R1, "orcid"), 409, "RGE_CONFLICT");
  });

  it("a second claim on a claimed record is filed as a dispute (409) for the moderators", async () => {
    const disputed = await claim(stranger, R1, "email", "that is me, not them");
    expectError(disputed, 409, "RGE_CONFLICT");
    expect(disputed.json().message).toMatch(/dispute/);
    const [filed] = (await mine(stranger)).filter((c) => c.person.id === R1);
    expect(filed).toMatchObject({ status: "disputed", note: "that is me, not them", level: null });
    expect(await profile(R1)).toMatchObject({ claimed: true, claim: { status: "disputed" }, verification: "L3" });
    expect(trustPoints(await profile(R1), "claimed")).toBe(0);
  });

  it("L2: the claimant's address in the record's works, pending a moderator", async () => {
    const filed = await claim(emailUser, R2, "email", "my paper");
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ status: "pending", level: "L2" });
    expect(filed.json().evidence).toContain(`the address appears in work ${fixture.paperId(2)}`);
    expect(await profile(R2)).toMatchObject({ verification: "L2", claimed: false, claim: { status: "pending" } });
    // A colleague at the same domain finds the domain, not the address: still L2, still pending.
    const colleagues = await claim(colleague, R2, "email");
    expect(colleagues.json()).toMatchObject({ status: "pending", level: "L2" });
    expect(colleagues.json().evidence).toEqual([`an @${DOMAIN} address appears in work ${fixture.paperId(2)}`]);
  });

  it("a claim without matching evidence is accepted as pending with its note; an ORCID claim without an ORCID too", async () => {
    const filed = await claim(stranger, R3, "email", "I changed institutions");
    expect(filed.json()).toMatchObject({ status: "pending", level: null });
    const noOrcid = await claim(colleague, R3, "orcid");
    expect(noOrcid.json()).toMatchObject({
      status: "pending",
      level: null,
      evidence: ["no authenticated ORCID iD on the account"],
    });
    expect(await profile(R3)).toMatchObject({ verification: "L1", claim: { status: "pending" } });
    // GET /api/me shows such a claim too (no level yet).
    const me = await as(stranger, "GET", "/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().claimedProfile).toEqual({ personId: R3, name: "Claim Nothing", level: null, status: "pending" });
  });
});

describe("moderation", () => {
  const queued = async (status?: string) =>
    (await as(moderator, "GET", `/api/claims${status ? `?status=${status}` : ""}`))
      .json<ClaimQueue>()
      .items.filter((c) => c.person.id.startsWith("openalex:A982"));

  it("lists pending and disputed claims oldest first with evidence, account facts and the record's other claims", async () => {
    const items = await queued();
    expect(items.map((c) => [c.person.id, c.status])).toEqual([
      [R1, "disputed"],
      [R2, "pending"],
      [R2, "pending"],
      [R3, "pending"],
      [R3, "pending"],
    ]);
    const dispute = items[0]!;
    expect(dispute).toMatchObject({
      recordOrcid: RECORD_ORCID,
      otherOpenClaims: 1,
      claimant: { id: stranger.me.user.id },
    });
    expect(items[1]!.claimant.email).toBe(EMAIL_OWNER);
    expect((await queued("claimed")).map((c) => c.person.id)).toEqual([R1]);
  });

  it("approves (L4), rejects with a reason, revokes; refuses what a status does not allow", async () => {
    const [r2Owner] = (await mine(emailUser)).filter((c) => c.person.id === R2);
    const [r2Colleague] = (await mine(colleague)).filter((c) => c.person.id === R2);
    expect((await decide(moderator, r2Owner!.id, "approve")).json()).toEqual({ id: r2Owner!.id, status: "claimed" });
    expect(await profile(R2, emailUser)).toMatchObject({
      verification: "L4",
      claimed: true,
      claim: { status: "claimed" },
    });
    expectError(await decide(moderator, r2Colleague!.id, "approve"), 409, "RGE_CONFLICT");
    expectError(await decide(moderator, r2Colleague!.id, "reject"), 400, "RGE_BAD_PARAM");
    expect((await decide(moderator, r2Colleague!.id, "reject", "the address is the owner's")).json().status).toBe(
      "rejected",
    );
    expectError(await decide(moderator, r2Colleague!.id, "reject", "again"), 409, "RGE_CONFLICT");
    expect((await mine(colleague)).find((c) => c.id === r2Colleague!.id)).toMatchObject({
      status: "rejected",
      reason: "the address is the owner's",
    });

    const [r1Owner] = (await mine(orcidUser)).filter((c) => c.person.id === R1);
    const [r1Dispute] = (await mine(stranger)).filter((c) => c.person.id === R1);
    expectError(await decide(moderator, r1Dispute!.id, "approve"), 409, "RGE_CONFLICT");
    expect((await decide(moderator, r1Owner!.id, "revoke", "ORCID attached to the wrong author")).json().status).toBe(
      "revoked",
    );
    expect((await decide(moderator, r1Dispute!.id, "approve")).json().status).toBe("claimed");
    expect(await profile(R1)).toMatchObject({ verification: "L4", claim: { status: "claimed" } });
    expectError(await decide(moderator, "no-such-claim", "approve"), 404, "RGE_NOT_FOUND");
    const stored = await query<{ n: number }>(
      driver,
      "MATCH (c:Claim {status: 'claimed'})-[:CLAIMS]->(:Person {id: $id}) RETURN count(c) AS n",
      { id: R1 },
    );
    expect(stored[0]!.n).toBe(1);
  });

  it("only the claimant withdraws a claim; the record goes back to unclaimed", async () => {
    const [r2Owner] = (await mine(emailUser)).filter((c) => c.person.id === R2);
    expectError(await as(stranger, "DELETE", `/api/claims/${r2Owner!.id}`), 403, "RGE_FORBIDDEN");
    expectError(await as(moderator, "DELETE", `/api/claims/${r2Owner!.id}`), 403, "RGE_FORBIDDEN");
    expect((await as(emailUser, "DELETE", `/api/claims/${r2Owner!.id}`)).json().status).toBe("withdrawn");
    expectError(await as(emailUser, "DELETE", `/api/claims/${r2Owner!.id}`), 409, "RGE_CONFLICT");
    expectError(await as(emailUser, "DELETE", "/api/claims/no-such-claim"), 404, "RGE_NOT_FOUND");
    expect(await profile(R2)).toMatchObject({ verification: "L1", claimed: false, claim: { status: "unclaimed" } });
  });
});
