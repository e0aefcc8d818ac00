/**
 * A second embedded Neo4j of its own (so writes here never disturb the shared demo graph): the launcher's start/stop
 * contract, the import CLI's handling of bad input, and convergence of an import killed midway and run again.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { isPortFree } from "../../db/free-port.ts";
import { runImport } from "../../seed/import.ts";
import { runCli } from "../_helpers/cli.ts";
import { fingerprint } from "../_helpers/fingerprint.ts";
import { startOwnNeo4j, type OwnNeo4j } from "../_helpers/own-neo4j.ts";
import { paperscapeFiles } from "../_helpers/paperscape-oracle.ts";

const OPENALEX = new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url).pathname;
let own: OwnNeo4j;
let dataDir: string;
let db: EmbeddedNeo4j;
let driver: Driver;
let env: Record<string, string>;
const wipe = () => own.wipe();
const count = (statement: string, params: Record<string, unknown> = {}) => own.count(statement, params);

beforeAll(async () => {
  own = await startOwnNeo4j("rge-recovery-");
  ({ dataDir, db, driver, env } = own);
});

afterAll(() => own?.close());

describe("embedded Neo4j launcher", () => {
  it("listens on loopback with authentication on and its password file private", async () => {
    expect(db.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(db.version).toMatch(/^5\.26\./);
    expect(statSync(join(dataDir, "rge-password")).mode & 0o777).toBe(0o600);
    const intruder = neo4j.driver(db.uri, neo4j.auth.basic("neo4j", "wrong-password"));
    await expect(intruder.verifyConnectivity()).rejects.toThrow(/authentication failure|unauthorized/i);
    await intruder.close();
    await expect(driver.verifyConnectivity()).resolves.toBeUndefined();
  });

  it("fails with Neo4j's own log lines when the store is already in use", async () => {
    await expect(startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 512, pageCacheMb: 64 })).rejects.toThrow(
      /exited before it was ready[\s\S]*(lock|Lock)/,
    );
  });

  it("stops: the process exits and the port is free again", async () => {
    const otherDir = mkdtempSync(join(tmpdir(), "rge-launcher-"));
    const other = await startEmbeddedNeo4j({ dataDir: otherDir, port: 0, heapMb: 512, pageCacheMb: 64 });
    expect(() => process.kill(other.pid, 0)).not.toThrow();
    await other.stop();
    expect(() => process.kill(other.pid, 0)).toThrow();
    expect(await isPortFree(other.port)).toBe(true);
    rmSync(otherDir, { recursive: true, force: true });
  });
});

describe("import CLI: bad input", () => {
  const dir = mkdtempSync(join(tmpdir(), "rge-bad-input-"));
  const bad = join(dir, "bad.csv");
  writeFileSync(
    bad,
    [
      "# comment",
      "zz-test/9912001;hep-th;0;0;;T.Tester,U.User;A good record",
      "not an id;hep-th;0;0;;T.Tester;Bad id",
      "zz-test/9912002;hep-th;0",
      "zz-test/9912003;hep-th;1;4;zz-test/9912001,zz-test/9912999;U.User;Cites one present and one absent work",
    ].join("\n"),
  );

  it("reports each bad record as file:line: reason, imports the rest and counts dangling references", async () => {
    await wipe();
    const result = await runCli("seed/cli.ts", [bad], env).done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("bad.csv:3: invalid arXiv id 'not an id'");
    expect(result.stderr).toContain("bad.csv:4: expected 7 ';'-separated fields, found 3");
    expect(result.stdout).toMatch(/read 4 · written 2 works .* skipped 2 · citations linked 1 · dangling references 1/);
    expect(await count("MATCH (p:Paper) RETURN count(p) AS n")).toBe(2);
    expect(
      await count(
        "MATCH (:Person {id: 'arxiv:T.Tester'})-[c:COAUTHOR]-(:Person {id: 'arxiv:U.User'}) RETURN c.works AS n",
      ),
    ).toBe(1);
  });

  it("--strict refuses the whole run: exit 1 and nothing written", async () => {
    await wipe();
    const result = await runCli("seed/cli.ts", ["--strict", bad], env).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bad.csv:3: invalid arXiv id 'not an id'");
    expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(0);
  });

  it("db:start and the importer refuse an invalid setting, naming it, before starting anything", async () => {
    const db = await runCli("db/cli.ts", ["start"], { NEO4J_EMBEDDED_PORT: "abc", RGE_DATA_DIR: dir }).done;
    expect(db.code).toBe(64);
    expect(db.stderr).toContain("invalid `NEO4J_EMBEDDED_PORT`");
    const imported = await runCli("seed/cli.ts", [bad], { ...env, RGE_QUERY_TIMEOUT_MS: "0" }).done;
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain("invalid `RGE_QUERY_TIMEOUT_MS`");
  });

  it("exits 2 on a file in no known format or a missing file", async () => {
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "just some words\n");
    const unknown = await runCli("seed/cli.ts", [notes], env).done;
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("notes.txt: unknown import format");
    const missing = await runCli("seed/cli.ts", [join(dir, "absent.csv")], env).done;
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/absent\.csv: no such file/);
  });
});

describe("re-importing a changed work", () => {
  const dir = mkdtempSync(join(tmpdir(), "rge-changed-work-"));
  const oa = (id: string) => `https://openalex.org/${id}`;
  const work = (topic: string, institutions: string[], coauthors: string[] = []) =>
    JSON.stringify({
      id: oa("W1"),
      title: "A work that changes between imports",
      publication_year: 2020,
      authorships: [
        {
          author: { id: oa("A1"), display_name: "Ann Author" },
          institutions: institutions.map((id) => ({ id: oa(id), display_name: `Institute ${id}` })),
        },
        ...coauthors.map((id) => ({ author: { id: oa(id), display_name: `Author ${id}` }, institutions: [] })),
      ],
      topics: [{ id: oa(topic), display_name: `Topic ${topic}` }],
    });

  it("recounts the topic and institution it no longer links to, and drops the co-author it lost", async () => {
    await wipe();
    const before = join(dir, "before.jsonl");
    const after = join(dir, "after.jsonl");
    writeFileSync(before, `${work("T1", ["I1"], ["A2"])}\n`);
    writeFileSync(after, `${work("T2", [])}\n`);
    await runImport({ driver, database: "neo4j", files: [before] });
    const stats = "MATCH (n {id: $id}) RETURN coalesce(n.worksCount, 0) + n.peopleCount AS n";
    const coauthors = "MATCH (:Person {id: $id})-[edge:COAUTHOR]-() RETURN count(edge) AS n";
    expect(await count(stats, { id: "openalex:T1" })).toBe(3);
    expect(await count(coauthors, { id: "openalex:A2" })).toBe(1);
    expect(await count("MATCH (n {id: $id}) RETURN n.peopleCount AS n", { id: "openalex:I1" })).toBe(1);

    await runImport({ driver, database: "neo4j", files: [after] });
    expect(await count(stats, { id: "openalex:T1" })).toBe(0);
    expect(await count(stats, { id: "openalex:T2" })).toBe(2);
    // A2 lost the authorship: no co-author left, no topic, no work.
    expect(await count(coauthors, { id: "openalex:A2" })).toBe(0);
    expect(await count("MATCH (n {id: $id}) RETURN n.worksCount + n.topicCount AS n", { id: "openalex:A2" })).toBe(0);
    expect(await count("MATCH (n {id: $id}) RETURN n.peopleCount AS n", { id: "openalex:I1" })).toBe(0);
  });
});

describe("import killed midway", () => {
  const files = [...paperscapeFiles().slice(1, 3), OPENALEX];

  it.each(["citations:", "co-authors:"])(
    "converges to the clean graph when killed after '%s' and run again",
    async (stage) => {
      await wipe();
      const clean = await runCli("seed/cli.ts", files, env).done;
      expect(clean.code).toBe(0);
      const expected = await fingerprint(driver);
      expect(expected.labels.Paper).toBeGreaterThan(9000);

      await wipe();
      const killed = runCli("seed/cli.ts", ["--batch-size", "500", ...files], env);
      await killed.waitFor(stage);
      killed.child.kill("SIGKILL");
      await killed.done;
      const partial = await fingerprint(driver);
      expect(partial).not.toEqual(expected);

      const rerun = await runCli("seed/cli.ts", files, env).done;
      expect(rerun.code).toBe(0);
      expect(await fingerprint(driver)).toEqual(expected);
    },
    600_000,
  );
});
