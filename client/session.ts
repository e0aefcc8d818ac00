/**
 * The signed-in user of this page: GET /api/auth/session once (GET /api/me's answer, or null signed out, without a
 * 401 in the console), shared by every part of the page (header, buttons, pages), with its CSRF token for
 * client/api.ts's state-changing calls. Listeners hear of sign-out and account deletion.
 */
import type { Me, SessionState } from "../contract/schemas/auth.ts";

export type { Me } from "../contract/schemas/auth.ts";

let current: Promise<Me | null> | null = null;
const listeners = new Set<(me: Me | null) => void>();

async function fetchMe(): Promise<Me | null> {
  const response = await fetch("/api/auth/session", {
    headers: { accept: "application/json" },
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`GET /api/auth/session answered ${response.status}`);
  return ((await response.json()) as SessionState).me;
}

/** The signed-in user, or null signed out. Fetched once per page; a failed fetch is retried on the next call. */
export function currentSession(): Promise<Me | null> {
  if (!current) {
    const pending = fetchMe();
    current = pending;
    pending.catch(() => {
      if (current === pending) current = null;
    });
  }
  return current;
}

/** Fetches /api/me again (after sign-out, account deletion, a claim, or a CSRF refusal) and tells the listeners. */
export async function refreshSession(): Promise<Me | null> {
  current = null;
  const me = await currentSession();
  for (const listener of listeners) listener(me);
  return me;
}

/** Calls `listener` whenever refreshSession() learns the session changed; returns the unsubscribe. */
export function onSessionChange(listener: (me: Me | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The header every state-changing request carries: `x-csrf-token` when signed in, nothing signed out. */
export async function csrfHeaders(): Promise<Record<string, string>> {
  const me = await currentSession().catch(() => null);
  return me ? { "x-csrf-token": me.csrfToken } : {};
}

/** The sign-in page's URL that comes back to `next` (default: this page) afterwards. */
export function signInPath(next = `${window.location.pathname}${window.location.search}`): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}
