/** Every Cypher file documents its parameters in its header, and uses no parameter it does not document. */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../cypher/", import.meta.url).pathname;

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cypherFiles(join(dir, entry.name))
      : entry.name.endsWith(".cypher")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("cypher/*.cypher", () => {
  const files = cypherFiles(ROOT);
  it("exist", () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((file) => [relative(ROOT, file), file]))("%s names its $params in its header", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const header = text
      .split("\n")
      .filter((line) => line.startsWith("//"))
      .join("\n");
    const body = text
      .split("\n")
      .filter((line) => !line.startsWith("//"))
      .join("\n");
    expect(header.length).toBeGreaterThan(0);
    const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!));
    for (const param of used) expect(header, `$${param} is not documented`).toContain(`$${param}`);
    if (used.size === 0) expect(header).toMatch(/no parameters/i);
  });
});
