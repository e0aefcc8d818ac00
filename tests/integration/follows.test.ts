/**
 * Follow, the follower count, and the Following page's news: PUT|DELETE /api/people/:id/follow, GET /api/me/following,
 * POST /api/me/following/seen — as the user, as another user and as nobody. News comes from a real import of works
 * written for this test (tests/_helpers/openalex-fixture.ts), expected from what those files add.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Following } from "../../contract/schemas/follows.ts";
import { buildTestApp } from "../_helpers/app-server.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { openAlexFixture, type OpenAlexFixture } from "../_helpers/openalex-fixture.ts";
import { signIn, type SignedIn } from "../_helpers/sign-in.ts";

let app: FastifyInstance;
let driver: Driver;
let fixture: OpenAlexFixture;
let alice: SignedIn;
let bob: SignedIn;

const ALPHA = { n: 1, name: "Follow Alpha" };
const BETA = { n: 2, name: "Follow Beta" };
const GAMMA = { n: 3, name: "Follow Gamma" };

beforeAll(async () => {
  app = await buildTestApp();
  driver = testDriver();
  fixture = openAlexFixture(driver, "981");
  await fixture.importWorks([{ n: 1, title: "Follow fixture one", year: 2020, authors: [ALPHA, BETA] }]);
  alice = await signIn(app, `alice-${randomUUID()}@example.org`);
  bob = await signIn(app, `bob-${randomUUID()}@example.org`);
});
afterAll(async () => {
  await fixture?.remove();
  await driver?.close();
  await app?.close();
});

const followUrl = (id: string) => `/api/people/${encodeURIComponent(id)}/follow`;
const as = (
  user: SignedIn | null,
  method: "GET" | "PUT" | "DELETE" | "POST",
  url: string,
  payload?: Record<string, unknown>,
) => app.inject({ method, url, headers: user ? user.headers : {}, ...(payload === undefined ? {} : { payload }) });
const following = async (user: SignedIn) => {
  const response = await as(user, "GET", "/api/me/following");
  expect(response.statusCode).toBe(200);
  return response.json<Following>();
};
const profile = async (id: string, user: SignedIn | null) =>
  (
    await app.inject({ url: `/api/people/${encodeURIComponent(id)}`, headers: user ? { cookie: user.cookie } : {} })
  ).json();

describe("follow and unfollow", () => {
  it("needs a session (401) and the CSRF token (403) and a known person (404)", async () => {
    const alpha = fixture.personId(ALPHA.n);
    for (const method of ["PUT", "DELETE"] as const) {
      const anonymous = await as(null, method, followUrl(alpha));
      expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, "RGE_UNAUTHENTICATED"]);
      const noToken = await app.inject({ method, url: followUrl(alpha), headers: { cookie: alice.cookie } });
      expect([noToken.statusCode, noToken.json().code]).toEqual([403, "RGE_CSRF"]);
    }
    expect((await as(alice, "PUT", followUrl("openalex:A9819999999"))).statusCode).toBe(404);
    expect((await as(null, "GET", "/api/me/following")).statusCode).toBe(401);
  });

  it("is idempotent, counts followers from FOLLOWS and shows the viewer's state on the profile", async () => {
    const alpha = fixture.personId(ALPHA.n);
    const stored = await query<{ n: number }>(
      driver,
      "MATCH (:User)-[f:FOLLOWS]->(:Person {id: $id}) RETURN count(f) AS n",
      {
        id: alpha,
      },
    );
    expect(stored[0]!.n).toBe(0);
    expect((await as(alice, "PUT", followUrl(alpha))).json()).toEqual({ following: true, followers: 1 });
    expect((await as(alice, "PUT", followUrl(alpha))).json()).toEqual({ following: true, followers: 1 });
    expect((await as(bob, "PUT", followUrl(alpha))).json()).toEqual({ following: true, followers: 2 });
    expect(await profile(alpha, alice)).toMatchObject({ following: true, followers: 2, counts: { followers: 2 } });
    expect(await profile(alpha, null)).toMatchObject({ following: false, followers: 2 });
    expect((await as(bob, "DELETE", followUrl(alpha))).json()).toEqual({ following: false, followers: 1 });
    expect((await as(bob, "DELETE", followUrl(alpha))).json()).toEqual({ following: false, followers: 1 });
    expect(await profile(alpha, bob)).toMatchObject({ following: false, followers: 1 });
  });
});

describe("the Following page's news", () => {
  it("lists only one's own follows, and what an import brought since one last looked", async () => {
    const alpha = fixture.personId(ALPHA.n);
    await as(alice, "PUT", followUrl(alpha));
    const before = await following(alice);
    const item = before.items.find((entry) => entry.person.id === alpha)!;
    expect(item).toMatchObject({ newWorksTotal: 0, newCoauthorsTotal: 0, newWorks: [], newCoauthors: [] });
    expect((await following(bob)).items.map((entry) => entry.person.id)).not.toContain(alpha);

    // A new work of Alpha with Beta (an old co-author) and Gamma (new).
    const file = await fixture.importWorks([
      { n: 2, title: "Follow fixture two", year: 2026, authors: [ALPHA, BETA, GAMMA] },
    ]);
    const news = (await following(alice)).items.find((entry) => entry.person.id === alpha)!;
    expect(news.newWorks.map((work) => work.id)).toEqual([fixture.paperId(2)]);
    expect(news.newCoauthors.map((person) => person.id)).toEqual([fixture.personId(GAMMA.n)]);
    expect([news.newWorksTotal, news.newCoauthorsTotal]).toEqual([1, 1]);

    // Importing the same file again brings nothing new (the stamp of an existing authorship stays).
    await fixture.importFile(file);
    const again = (await following(alice)).items.find((entry) => entry.person.id === alpha)!;
    expect([again.newWorksTotal, again.newCoauthorsTotal, again.newWorks[0]!.addedAt]).toEqual([
      1,
      1,
      news.newWorks[0]!.addedAt,
    ]);

    // Looked at: another user's mark changes nothing of Alice's; Alice's own clears the news.
    const shown = await following(alice);
    expect((await as(bob, "POST", "/api/me/following/seen", { asOf: shown.asOf })).json()).toEqual({ updated: 0 });
    expect((await following(alice)).items.find((entry) => entry.person.id === alpha)!.newWorksTotal).toBe(1);
    const seen = await as(alice, "POST", "/api/me/following/seen", { asOf: shown.asOf });
    expect(seen.json().updated).toBeGreaterThanOrEqual(1);
    const after = (await following(alice)).items.find((entry) => entry.person.id === alpha)!;
    expect([after.newWorksTotal, after.newCoauthorsTotal]).toEqual([0, 0]);
  });

  it("refuses a malformed asOf (400), a missing token (403) and nobody (401)", async () => {
    expect((await as(alice, "POST", "/api/me/following/seen", { asOf: "yesterday" })).statusCode).toBe(400);
    const noToken = await app.inject({
      method: "POST",
      url: "/api/me/following/seen",
      headers: { cookie: alice.cookie },
      payload: { asOf: new Date().toISOString() },
    });
    expect(noToken.statusCode).toBe(403);
    expect((await as(null, "POST", "/api/me/following/seen", { asOf: new Date().toISOString() })).statusCode).toBe(401);
  });
});
