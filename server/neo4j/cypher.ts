/**
 * Loads Cypher statements from cypher/*.cypher. Statements live in files (not strings in code) so they can be read,
 * linted and profiled on their own; every value reaches them as a $parameter.
 */
import { readFileSync } from "node:fs";

const CYPHER_DIR = new URL("../../cypher/", import.meta.url);
const cache = new Map<string, string>();

/** The statement in `cypher/<name>.cypher` (e.g. "import/upsert-works"). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), "utf8").trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file (schema files), split on a ';' that ends a line. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, "").trim())
    .filter((statement) => statement.length > 0);
}
