/**
 * Sessions live in Neo4j, not in a process: two app processes (`server/main.ts`, as `npm start` runs it, behind no
 * shared memory) on the one test database serve the same user. The link asked on A is followed on B, the cookie B
 * sets is signed in on A, and signing out on B ends the session on A.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../db/free-port.ts";
import { runCli, type CliRun } from "../_helpers/cli.ts";
import { testConnection } from "../_helpers/graph.ts";
import { latestSignInLink } from "../_helpers/outbox.ts";
import { sessionCookieOf } from "../_helpers/sign-in.ts";

const outbox = mkdtempSync(join(tmpdir(), "rge-outbox-two-"));
const processes: { run: CliRun; baseUrl: string }[] = [];

async function startProcess(): Promise<{ run: CliRun; baseUrl: string }> {
  const { uri, password } = testConnection();
  const port = await findFreePort();
  const run = runCli("server/main.ts", [], {
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    PORT: String(port),
    RGE_LOAD_DEMO: "false",
    RGE_MAIL_OUTBOX: outbox,
    RGE_CLIENT_DIR: join(outbox, "no-client"),
    LOG_LEVEL: "warn",
  });
  await run.waitFor(`open http://localhost:${port}`);
  return { run, baseUrl: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  processes.push(...(await Promise.all([startProcess(), startProcess()])));
});
afterAll(async () => {
  for (const { run } of processes) {
    run.child.kill("SIGTERM");
    await run.done;
  }
});

describe("one session, two API processes", () => {
  it("signs in across processes, and signing out on one ends the session on both", async () => {
    const [a, b] = [processes[0]!, processes[1]!];
    expect(a.baseUrl).not.toBe(b.baseUrl);
    const email = `two-${randomUUID()}@example.org`;
    const asked = await fetch(`${a.baseUrl}/api/auth/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, next: "/explore" }),
    });
    expect(asked.status).toBe(202);
    const link = new URL(latestSignInLink(outbox, email));
    const verified = await fetch(`${b.baseUrl}${link.pathname}${link.search}`, { redirect: "manual" });
    expect(verified.status).toBe(303);
    expect(verified.headers.get("location")).toBe("/explore");
    const cookie = sessionCookieOf(verified.headers.getSetCookie());

    const meOnA = await fetch(`${a.baseUrl}/api/me`, { headers: { cookie } });
    const meOnB = await fetch(`${b.baseUrl}/api/me`, { headers: { cookie } });
    expect(meOnA.status).toBe(200);
    expect(meOnB.status).toBe(200);
    const [bodyA, bodyB] = [await meOnA.json(), await meOnB.json()];
    expect(bodyA.user.email).toBe(email);
    expect(bodyB).toEqual(bodyA);

    const logout = await fetch(`${b.baseUrl}/api/auth/logout`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": bodyA.csrfToken },
    });
    expect(logout.status).toBe(204);
    expect((await fetch(`${a.baseUrl}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});
