/**
 * The team page's state is its URL: `/team?people=person:a,person:b`. Pure parsing and building, so the page, the
 * explorer's "Open as team" and the profile's team tray all write the same URLs (unit-tested).
 */

/** The API's bounds (server/routes/team/schema.ts): two to compare, at most fifty. */
export const MIN_TEAM = 2;
export const MAX_TEAM = 50;

const PERSON_PREFIX = "person:";
/** Keys are split only at a comma that starts another person key: a comma inside an id is kept. */
const KEY_SEPARATOR = /,(?=person:)/;

/** The distinct person keys of a `people` value, in order, at most MAX_TEAM; anything else is dropped. */
export function parsePeople(raw: string | null): string[] {
  if (!raw) return [];
  const keys: string[] = [];
  for (const part of raw.split(KEY_SEPARATOR)) {
    // Stray commas (an edited URL's `a,,b` or a trailing `,`) are not part of an id.
    const key = part.trim().replace(/,+$/, "");
    if (!key.startsWith(PERSON_PREFIX) || key.length === PERSON_PREFIX.length || keys.includes(key)) continue;
    keys.push(key);
    if (keys.length === MAX_TEAM) break;
  }
  return keys;
}

/** The members named by a page URL's query string. */
export function teamFromSearch(search: string): string[] {
  return parsePeople(new URLSearchParams(search).get("people"));
}

/** `/team?people=…` for these keys; colons stay readable so the URL can be edited by hand. */
export function teamPath(keys: readonly string[]): string {
  if (keys.length === 0) return "/team";
  const value = keys.map((key) => encodeURIComponent(key).replace(/%3A/gi, ":")).join(",");
  return `/team?people=${value}`;
}

/** Adds a key (no duplicates, at most MAX_TEAM); returns the same array when nothing changes. */
export function addMember(keys: readonly string[], key: string): readonly string[] {
  if (!key.startsWith(PERSON_PREFIX) || keys.includes(key) || keys.length >= MAX_TEAM) return keys;
  return [...keys, key];
}

export function removeMember(keys: readonly string[], key: string): readonly string[] {
  return keys.includes(key) ? keys.filter((k) => k !== key) : keys;
}
