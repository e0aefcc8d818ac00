/**
 * The boot-time warm-up asks every read route once, for one node of each kind the graph holds, and each answers; then
 * it reads the page cache full of id indexes and node records; its time budget bounds it.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NODE_KINDS } from "../../contract/kinds.ts";
import { warmUp } from "../../server/warm-up.ts";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { testDriver } from "../_helpers/graph.ts";

const LABELS = { person: "Person", paper: "Paper", topic: "Topic", institution: "Institution", venue: "Venue" };

let running: RunningApp;
let driver: Driver;
beforeAll(async () => {
  running = await startTestApp();
  driver = testDriver();
});
afterAll(async () => {
  await running.close();
  await driver.close();
});

it("slices every kind the graph holds at depth 1 and 2, and every request answers 200", async () => {
  const present: string[] = [];
  for (const kind of NODE_KINDS) {
    const { records } = await driver.executeQuery(`MATCH (n:${LABELS[kind]}) RETURN count(n) > 0 AS any`);
    if (records[0]!.get("any") === true) present.push(kind);
  }
  expect(present.length).toBeGreaterThan(1);

  const steps = await warmUp(running.app, 3_600_000);
  expect(steps.filter((step) => step.status !== 200)).toEqual([]);
  expect(steps.at(-1)!.url).toMatch(/^page cache/);
  const sliced = (depth: number) =>
    steps
      .filter((step) => step.url.startsWith("/api/graph/slice") && step.url.endsWith(`&depth=${depth}`))
      .map((step) => decodeURIComponent(new URL(step.url, "http://x").searchParams.get("focus")!).split(":")[0]);
  expect(sliced(1).sort()).toEqual([...present].sort());
  expect(sliced(2).sort()).toEqual([...present].sort());
  for (const route of ["/api/people/", "/api/papers/", "/api/search", "/api/graph/expand", "/api/graph/path"]) {
    expect(steps.some((step) => step.url.startsWith(route))).toBe(true);
  }
});

it("starts nothing once its time budget is spent, and says so for every step left out", async () => {
  const started = performance.now();
  const steps = await warmUp(running.app, 0);
  expect(steps.length).toBeGreaterThan(5);
  expect(steps.every((step) => step.status === 0)).toBe(true);
  expect(steps.some((step) => step.url.startsWith("page cache"))).toBe(false);
  // Only the sample lookup ran: far less than one request's budget.
  expect(performance.now() - started).toBeLessThan(5000);
});
