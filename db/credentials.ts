/** The embedded database's generated password, kept in its data dir with owner-only permissions. */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const EMBEDDED_USERNAME = "neo4j";
const PASSWORD_FILE = "rge-password";

/** Reads the password stored in `dataDir`, creating one (0600) on first use. */
export function loadOrCreatePassword(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return readFileSync(file, "utf8").trim();
  }
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}
