/** Secrets of sign-in and sessions: random tokens, their stored form (sha256), and a constant-time comparison. */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, base64url (43 characters): login tokens, session ids, CSRF tokens, OIDC state. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its sha256 (hex). A leaked store or backup signs nobody in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two secrets without leaking, through timing, how many leading characters match. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
