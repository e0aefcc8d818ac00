/**
 * Typed client for every endpoint of docs/API.md. Response types are the contract's TypeBox schemas (contract/schemas/,
 * type-only imports: no schema code reaches the bundle). Failures throw ApiError with a code from contract/errors.ts
 * (RGE_NETWORK when the server could not be reached), so pages can tell "not found" from "try again".
 */
import { isApiErrorCode, NETWORK_ERROR_CODE, type ErrorCode } from "../contract/errors.ts";
import type {
  ClaimFiled,
  ClaimList,
  ClaimMethod,
  ClaimQueue,
  ClaimStatus,
  DecisionResult,
} from "../contract/schemas/claims.ts";
import type { FollowState, Following, Seen } from "../contract/schemas/follows.ts";
import type { Expansion, PathResult, Slice } from "../contract/schemas/graph.ts";
import type { Health } from "../contract/schemas/health.ts";
import type { History } from "../contract/schemas/history.ts";
import type { Paper } from "../contract/schemas/papers.ts";
import type { PaperGraph } from "../contract/schemas/paper-graph.ts";
import type { Person, Suggestions } from "../contract/schemas/people.ts";
import type { SearchResponse } from "../contract/schemas/search.ts";
import type { WorkSort, WorksPage } from "../contract/schemas/works.ts";
import type { Me, SignInOptions } from "../contract/schemas/auth.ts";
import { csrfHeaders, refreshSession } from "./session.ts";
import type { WorksBatch } from "../contract/schemas/works-batch.ts";

export type { Me, SignInOptions } from "../contract/schemas/auth.ts";
export type {
  Claim,
  ClaimFiled,
  ClaimList,
  ClaimMethod,
  ClaimQueue,
  ClaimStatus,
  DecisionResult,
  QueuedClaim,
} from "../contract/schemas/claims.ts";
export type { Followed, FollowState, Following, NewWork } from "../contract/schemas/follows.ts";
export type { Expansion, PathResult, Slice } from "../contract/schemas/graph.ts";
export type { Health } from "../contract/schemas/health.ts";
export type { History, HistoryYear } from "../contract/schemas/history.ts";
export type { Paper, PaperRef } from "../contract/schemas/papers.ts";
export type { PaperGraph, PaperGraphNodeAttributes } from "../contract/schemas/paper-graph.ts";
export type {
  Affiliation,
  Collaborator,
  Person,
  SuggestedCollaborator,
  Suggestions,
  TopicCount,
  TrustFactor,
  Verification,
} from "../contract/schemas/people.ts";
export type { SearchResponse, SearchResult } from "../contract/schemas/search.ts";
export type { Author, TopicRef, Work, WorkSort, WorksPage } from "../contract/schemas/works.ts";

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** A code of contract/errors.ts; RGE_NETWORK if no answer came. */
    readonly code: ErrorCode,
    message: string,
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    /** Seconds from a Retry-After header, if any. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Worth a Retry button: the network, a 5xx, or a timeout. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

export interface SliceParams {
  focus: string;
  depth?: 1 | 2;
  kinds?: readonly string[];
  from?: number;
  to?: number;
  limit?: number;
}

export interface ExpandParams {
  node: string;
  kinds?: readonly string[];
  exclude?: readonly string[];
  limit?: number;
  offset?: number;
}

type Query = Record<string, string | number | readonly string[] | undefined>;

/** `/api/people/:id`-style path with the id URL-encoded (ids contain ":", "/" and spaces). */
function withId(prefix: string, id: string, suffix = ""): string {
  return `${prefix}/${encodeURIComponent(id)}${suffix}`;
}

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(","));
    } else params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The error body's code when it is one the contract knows; otherwise (a proxy's error page, an empty body) the
 * contract's code for the status class, so pages never see a code the registry does not define.
 */
function codeOf(code: unknown, status: number): ErrorCode {
  if (isApiErrorCode(code)) return code;
  return status >= 500 ? "RGE_INTERNAL" : status === 404 ? "RGE_NOT_FOUND" : "RGE_BAD_REQUEST";
}

/** GET a JSON endpoint; throws ApiError on anything but a 2xx JSON answer. */
export function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(buildUrl(path, query), { headers: { accept: "application/json" }, signal }, signal);
}

/** POST a JSON body to a JSON endpoint; throws ApiError as getJson does. */
export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return sendJson<T>("POST", path, body, signal);
}

/**
 * A read sent as a POST because its parameters do not fit in a URL (the server route opts out of CSRF): no session
 * lookup, so a signed-out page does not ask GET /api/me first.
 */
export function postRead<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const headers = { accept: "application/json", "content-type": "application/json" };
  return requestJson<T>(path, { method: "POST", headers, body: JSON.stringify(body), signal }, signal);
}

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * A state-changing call (a JSON body optional): carries the session's CSRF token (`x-csrf-token`, from GET /api/me)
 * when signed in. When the server refuses the token (RGE_CSRF: the session changed in another tab), the session is
 * fetched again and the call retried once. 204 answers resolve to null.
 */
export async function sendJson<T>(method: WriteMethod, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const send = async () => {
    const headers: Record<string, string> = { accept: "application/json", ...(await csrfHeaders()) };
    if (body !== undefined) headers["content-type"] = "application/json";
    const init: RequestInit = { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) };
    return requestJson<T>(path, init, signal);
  };
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "RGE_CSRF") throw error;
    await refreshSession();
    return send();
  }
}

async function requestJson<T>(url: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR_CODE, "The server could not be reached.", 0);
  }
  let body: unknown = null;
  if (response.status === 204) return null as T;
  try {
    body = await response.json();
  } catch {
    // A proxy error page or an empty body: handled below with the status alone.
  }
  if (!response.ok) {
    const { code, message } = (body ?? {}) as { code?: string; message?: string };
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new ApiError(
      codeOf(code, response.status),
      message ?? `The server answered ${response.status}.`,
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return body as T;
}

/** Above this many characters a GET's query would near the server's header limit: the request goes as a POST. */
export const MAX_GET_URL_CHARS = 7000;

/** GET /api/graph/expand, or the same as a POST with a JSON body when the exclude list makes the URL long. */
function expand(params: ExpandParams, signal?: AbortSignal): Promise<Expansion> {
  const url = buildUrl("/api/graph/expand", { ...params });
  if (url.length <= MAX_GET_URL_CHARS) return getJson<Expansion>(url, {}, signal);
  // A read sent as POST: no CSRF token needed (the route opts out), so no wait for the session either.
  return postRead<Expansion>("/api/graph/expand", params, signal);
}

export const api = {
  search: (q: string, options: { kinds?: readonly string[]; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<SearchResponse>("/api/search", { q, kinds: options.kinds, limit: options.limit }, signal),
  person: (id: string, signal?: AbortSignal) => getJson<Person>(withId("/api/people", id), {}, signal),
  personWorks: (id: string, options: { sort?: WorkSort; offset?: number; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<WorksPage>(withId("/api/people", id, "/works"), { ...options }, signal),
  suggestedCollaborators: (id: string, options: { topic?: string; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<Suggestions>(withId("/api/people", id, "/collaborators/suggested"), { ...options }, signal),
  paper: (id: string, signal?: AbortSignal) => getJson<Paper>(withId("/api/papers", id), {}, signal),
  /** The paper between its references and citing works, the most relevant `references` / `citing` of each. */
  paperGraph: (id: string, sides: { references: number; citing: number }, signal?: AbortSignal) =>
    getJson<PaperGraph>(withId("/api/papers", id, "/graph"), { ...sides }, signal),
  /** Activity per year (works, new co-authors, citations) of a person (`kind` "people") or a paper ("papers"). */
  history: (kind: "people" | "papers", id: string, signal?: AbortSignal) =>
    getJson<History>(withId(`/api/${kind}`, id, "/history"), {}, signal),
  slice: (params: SliceParams, signal?: AbortSignal) => getJson<Slice>("/api/graph/slice", { ...params }, signal),
  expand,
  path: (params: { from: string; to: string; via?: readonly string[]; k?: number }, signal?: AbortSignal) =>
    getJson<PathResult>("/api/graph/path", { ...params }, signal),
  health: (signal?: AbortSignal) => getJson<Health>("/api/health", {}, signal),
  me: (signal?: AbortSignal) => getJson<Me>("/api/me", {}, signal),
  signInOptions: (signal?: AbortSignal) => getJson<SignInOptions>("/api/auth/options", {}, signal),
  /** Mails a sign-in link to `email`; `next` is where the link lands (a path of this site). */
  requestSignInLink: (email: string, next: string) => postJson<{ message: string }>("/api/auth/email", { email, next }),
  signOut: () => sendJson<null>("POST", "/api/auth/logout"),
  deleteAccount: () => sendJson<null>("DELETE", "/api/me"),
  /** The works of paper keys, in that order (a view's bibliography). */
  worksBatch: (keys: readonly string[], signal?: AbortSignal) =>
    postRead<WorksBatch>("/api/works/batch", { keys }, signal),
  follow: (id: string) => sendJson<FollowState>("PUT", withId("/api/people", id, "/follow")),
  unfollow: (id: string) => sendJson<FollowState>("DELETE", withId("/api/people", id, "/follow")),
  following: (signal?: AbortSignal) => getJson<Following>("/api/me/following", {}, signal),
  markFollowingSeen: (asOf: string) => sendJson<Seen>("POST", "/api/me/following/seen", { asOf }),
  fileClaim: (id: string, method: ClaimMethod, note: string) =>
    sendJson<ClaimFiled>("POST", withId("/api/people", id, "/claims"), { method, note }),
  myClaims: (signal?: AbortSignal) => getJson<ClaimList>("/api/me/claims", {}, signal),
  withdrawClaim: (id: string) => sendJson<DecisionResult>("DELETE", withId("/api/claims", id)),
  claimQueue: (status: readonly ClaimStatus[], signal?: AbortSignal) =>
    getJson<ClaimQueue>(`/api/claims?${status.map((s) => `status=${s}`).join("&")}`, {}, signal),
  decideClaim: (id: string, decision: "approve" | "reject" | "revoke", reason: string) =>
    sendJson<DecisionResult>("POST", withId("/api/claims", id, "/decision"), { decision, reason }),
};
