/**
 * The error codes of the API and their HTTP status. server/errors.ts builds its @fastify/error factories from this
 * table (adding the messages people read); the client branches on these codes and invents none. RGE_NETWORK, the
 * client's one own code ("no answer came"), is declared here too.
 */

export const API_ERROR_STATUS = {
  RGE_NOT_FOUND: 404,
  RGE_BAD_PARAM: 400,
  /** Any other malformed request; keeps the 4xx Fastify or Node chose (413, 415, 431, …), 400 by default. */
  RGE_BAD_REQUEST: 400,
  /** Signed out, or the session ended: sign in again. */
  RGE_UNAUTHENTICATED: 401,
  /** Signed in, but this object is not yours to read or change (or you are not a moderator). */
  RGE_FORBIDDEN: 403,
  /** A state-changing request without the session's CSRF token (x-csrf-token, from GET /api/me). */
  RGE_CSRF: 403,
  /** The change collides with the current state: a second pending invite, a claim on a claimed record, … */
  RGE_CONFLICT: 409,
  /** An upload larger than RGE_UPLOAD_MAX_BYTES (the import page). */
  RGE_PAYLOAD_TOO_LARGE: 413,
  RGE_GRAPH_UNAVAILABLE: 503,
  RGE_QUERY_TIMEOUT: 503,
  RGE_OVERLOADED: 503,
  RGE_RATE_LIMITED: 429,
  RGE_INTERNAL: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** Reported by the client itself when no answer came (offline, DNS, connection refused). Status 0. */
export const NETWORK_ERROR_CODE = "RGE_NETWORK";

/** Every code a page can see: the server's, or the client's own "no answer". */
export type ErrorCode = ApiErrorCode | typeof NETWORK_ERROR_CODE;

/** Whether a value (e.g. the `code` of an error body) is one of the API's error codes. */
export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === "string" && Object.hasOwn(API_ERROR_STATUS, value);
}
