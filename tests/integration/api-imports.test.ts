/**
 * POST /api/imports (the import page's uploads) through the real app on the run's Neo4j: the summary of
 * library.bib equals what the importer CLI says of the same file (run here first, then removed); a write that fails
 * midway and a --strict refusal leave the graph fingerprint unchanged; size limit, sign-in, CSRF and the
 * RGE_ALLOW_UPLOADS switch answer with the registry's codes. What the test added is removed afterwards.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportEvent, ImportSummary } from "../../contract/schemas/imports.ts";
import { setImportFault } from "../../seed/fault-injection.ts";
import { buildTestApp } from "../_helpers/app-server.ts";
import { removeBibliographyImports } from "../_helpers/bibliography-cleanup.ts";
import { runCli } from "../_helpers/cli.ts";
import { fingerprint, type GraphFingerprint } from "../_helpers/fingerprint.ts";
import { query, testConnection, testDriver } from "../_helpers/graph.ts";
import { signIn, type SignedIn } from "../_helpers/sign-in.ts";

const FIXTURES = new URL("../fixtures/bibliography/", import.meta.url).pathname;
const LIBRARY = `${FIXTURES}library.bib`;
const MAX_BYTES = 4096;

type App = Awaited<ReturnType<typeof buildTestApp>>;
let app: App;
let driver: Driver;
let user: SignedIn;
let before: GraphFingerprint;

const upload = (bytes: Buffer, headers: Record<string, string>, query = "name=library.bib", target = app) =>
  target.inject({
    method: "POST",
    url: `/api/imports?${query}`,
    payload: bytes,
    headers: { "content-type": "application/octet-stream", ...headers },
  });
const events = (body: string) =>
  body
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ImportEvent);
/** The graph's fingerprint without the sign-in records (users, sessions, login links) the test itself makes. */
const graphFingerprint = async (): Promise<GraphFingerprint> => {
  const { labels, ...rest } = await fingerprint(driver);
  const { User: _u, Session: _s, LoginToken: _t, ...graph } = labels;
  return { labels: graph, ...rest };
};

beforeAll(async () => {
  driver = testDriver();
  app = await buildTestApp({ RGE_ALLOW_UPLOADS: "true", RGE_UPLOAD_MAX_BYTES: String(MAX_BYTES) });
  user = await signIn(app, `importer-${randomUUID()}@example.org`);
  before = await graphFingerprint();
});

afterAll(async () => {
  setImportFault(null);
  await removeBibliographyImports(driver);
  expect(await graphFingerprint()).toEqual(before);
  await query(driver, "MATCH (u:User {id: $id}) OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u) DETACH DELETE s, u", {
    id: user.me.user.id,
  });
  await app?.close();
  await driver?.close();
});

describe("POST /api/imports", () => {
  it("a write that fails midway leaves the graph exactly as it was", async () => {
    setImportFault("1:throw"); // after the first write batch, inside the upload's one transaction
    const response = await upload(readFileSync(LIBRARY), user.headers);
    setImportFault(null);
    expect(response.statusCode).toBe(200);
    const stream = events(response.body);
    expect(stream.some((e) => e.type === "writing")).toBe(true);
    expect(stream.at(-1)).toMatchObject({ type: "error", code: "RGE_INTERNAL" });
    expect(await graphFingerprint()).toEqual(before);
  });

  it("?strict=true refuses a malformed file with its lines and writes nothing", async () => {
    const response = await upload(
      readFileSync(`${FIXTURES}malformed.bib`),
      user.headers,
      "name=malformed.bib&strict=true",
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "RGE_BAD_PARAM" });
    expect(response.json().message).toMatch(/malformed\.bib:1: unbalanced braces/);
    expect(response.json().message).toMatch(/malformed\.bib:11: expected '='/);
    expect(await graphFingerprint()).toEqual(before);
  });

  it("summarizes library.bib as the importer CLI does, and streams parsed, matched, writing, done", async () => {
    // The independent expectation: the CLI on the same file, against the same graph, then removed again.
    const { uri, password } = testConnection();
    const cli = await runCli("seed/cli.ts", [LIBRARY], { NEO4J_URI: uri, NEO4J_PASSWORD: password }).done;
    expect(cli.code, cli.stdout + cli.stderr).toBe(0);
    const counts = /matched (\d+) · added (\d+) · ambiguous (\d+) · skipped (\d+) · written (\d+) works/.exec(
      cli.stdout,
    );
    expect(counts, cli.stdout).not.toBeNull();
    const [matched, added, ambiguous, skipped, written] = counts!.slice(1).map(Number);
    const badLines = [...cli.stderr.matchAll(/library\.bib:(\d+): (?!ambiguous)/g)].map((m) => Number(m[1]));
    await removeBibliographyImports(driver);
    expect(await graphFingerprint()).toEqual(before);

    const response = await upload(readFileSync(LIBRARY), user.headers);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    const stream = events(response.body);
    expect(stream.map((e) => e.type).filter((t, i, all) => all.indexOf(t) === i)).toEqual([
      "parsed",
      "matched",
      "writing",
      "done",
    ]);
    const summary = (stream.at(-1) as { summary: ImportSummary }).summary;
    expect(summary.matched).toHaveLength(matched!);
    expect(summary.added).toHaveLength(added!);
    expect(summary.ambiguous).toHaveLength(ambiguous!);
    expect(summary.bad).toHaveLength(skipped!);
    expect([...new Set(summary.bad.map((b) => b.line))].sort((a, b) => a - b)).toEqual(
      [...new Set(badLines)].sort((a, b) => a - b),
    );
    const after = await graphFingerprint();
    expect(after.labels.Paper).toBe(before.labels.Paper! + written!);
    // The works to open are in the graph: the matched and the added ones.
    const found = await query<{ id: string }>(driver, "MATCH (w:Paper) WHERE w.id IN $ids RETURN w.id AS id", {
      ids: summary.workIds,
    });
    expect(found).toHaveLength(matched! + added!);
    expect(summary.workIds).toHaveLength(matched! + added!);
  });

  it("refuses a file over RGE_UPLOAD_MAX_BYTES with 413 RGE_PAYLOAD_TOO_LARGE", async () => {
    const response = await upload(Buffer.alloc(MAX_BYTES + 1, "%"), user.headers);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: "RGE_PAYLOAD_TOO_LARGE" });
  });

  it("asks for sign-in (401) and the CSRF token (403 RGE_CSRF)", async () => {
    const signedOut = await upload(readFileSync(LIBRARY), {});
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json()).toMatchObject({ code: "RGE_UNAUTHENTICATED" });
    const noToken = await upload(readFileSync(LIBRARY), { cookie: user.cookie });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ code: "RGE_CSRF" });
  });

  it("is off (404 RGE_NOT_FOUND) unless RGE_ALLOW_UPLOADS", async () => {
    const off = await buildTestApp();
    try {
      expect((await off.inject({ method: "GET", url: "/api/imports" })).json()).toEqual({
        enabled: false,
        maxBytes: 5 * 1_048_576,
      });
      const offUser = await signIn(off, `importer-off-${randomUUID()}@example.org`);
      const response = await upload(readFileSync(LIBRARY), offUser.headers, "name=library.bib", off);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: "RGE_NOT_FOUND" });
      await query(driver, "MATCH (u:User {id: $id}) OPTIONAL MATCH (s:Session)-[:SESSION_OF]->(u) DETACH DELETE s, u", {
        id: offUser.me.user.id,
      });
    } finally {
      await off.close();
    }
  });
});
