/**
 * No import statement can touch user data (docs/DATA-MODEL.md, "User data"): every cypher/import/ file is read as
 * text, and none may name a user-data label or relationship type, DETACH DELETE anything, or DELETE / REMOVE a
 * variable that is not bound to an imported relationship type or the import-run mark.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = new URL("../../cypher/import/", import.meta.url).pathname;
const USER_DATA =
  /:\s*`?(User|Session|LoginToken|Claim|Invite|Message|Conversation|FOLLOWS|MADE|CLAIMS|SENT|TO|BLOCKS|WROTE|IN|SESSION_OF)\b/;
/** What imports may delete: their own relationships and the run mark. */
const DELETABLE = new Set([
  "AUTHORED",
  "HAS_TOPIC",
  "PUBLISHED_IN",
  "CITES",
  "COAUTHOR",
  "WORKS_ON",
  "AFFILIATED_WITH",
  "ImportRun",
]);

const files = readdirSync(DIR).filter((name) => name.endsWith(".cypher"));
const body = (name: string) =>
  readFileSync(join(DIR, name), "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");

/** The types or labels a variable is bound to in a statement: `[v:A|B]` or `(v:Label)`. */
function boundTo(text: string, variable: string): string[] {
  const pattern = new RegExp(`[\\[(]${variable}\\s*:\\s*([A-Za-z_|]+)`, "g");
  return [...text.matchAll(pattern)].flatMap((match) => match[1]!.split("|"));
}

describe("cypher/import/*.cypher keep off user data", () => {
  it("there are import statements to check", () => expect(files.length).toBeGreaterThan(10));

  it.each(files)("%s names no user-data label or type and never DETACH DELETEs", (name) => {
    const text = body(name);
    expect(text).not.toMatch(USER_DATA);
    expect(text).not.toMatch(/DETACH\s+DELETE/i);
  });

  it.each(files)("%s deletes only imported relationships or the run mark", (name) => {
    const text = body(name);
    const targets = [...text.matchAll(/\bDELETE\s+([A-Za-z_]\w*)/gi)].map((match) => match[1]!);
    for (const target of targets) {
      // `FOREACH (old IN list | DELETE old)`: the list was collected from a bound variable of the same name.
      const list = new RegExp(`FOREACH\\s*\\(\\s*${target}\\s+IN\\s+(\\w+)`).exec(text)?.[1];
      const source = list ? new RegExp(`collect\\(CASE WHEN \\w+ THEN (\\w+) END\\) AS ${list}`).exec(text)?.[1] : null;
      const bound = boundTo(text, source ?? target);
      expect(bound.length, `${name}: DELETE ${target} is bound to nothing typed`).toBeGreaterThan(0);
      for (const type of bound) expect(DELETABLE, `${name}: DELETE ${target} (${type})`).toContain(type);
    }
  });
});
