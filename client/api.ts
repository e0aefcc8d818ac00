/**
 * Typed client for every endpoint of docs/API.md. Failures throw ApiError with the server's `code` (or
 * RGE_NETWORK when the server could not be reached), so pages can tell "not found" from "try again".
 */
import type { SerializedSlice } from "./graph/types.ts";

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** RGE_NOT_FOUND, RGE_BAD_PARAM, RGE_GRAPH_UNAVAILABLE, RGE_QUERY_TIMEOUT, …; RGE_NETWORK if no answer came. */
    readonly code: string,
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

export interface Ref {
  id: string;
  key: string;
  name: string;
}

export interface SearchResult {
  key: string;
  kind: string;
  id: string;
  label: string;
  subtitle: string | null;
  score: number;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
}

export interface Affiliation extends Ref {
  country: string | null;
  ror: string | null;
  works: number;
  lastYear: number | null;
}

export interface TrustFactor {
  key: string;
  label: string;
  points: number;
  max: number;
  detail: string;
}

export interface TopicCount {
  id: string;
  key: string;
  name: string;
  code: string | null;
  works: number;
}

export interface Collaborator extends Ref {
  sharedWorks: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface Person {
  id: string;
  key: string;
  name: string;
  headline: string | null;
  orcid: string | null;
  claimed: boolean;
  verification: string | null;
  followers: number | null;
  affiliations: Affiliation[];
  counts: {
    works: number;
    topics: number;
    coauthors: number;
    closeCollaborators: number;
    followers: number | null;
    citations: number;
  };
  trust: { score: number; tier: string; verification: string | null; factors: TrustFactor[] };
  activeYears: { first: number | null; last: number | null };
  topics: TopicCount[];
  closeCollaborators: Collaborator[];
  coauthors: Collaborator[];
  coauthorsTotal: number;
  /** Shared works that make a co-author a close collaborator (server setting). */
  closeCollaboratorMinWorks: number;
}

export interface TopicRef {
  id: string;
  key: string;
  name: string;
  code: string | null;
}

export interface Author extends Ref {
  position: number | null;
}

export interface Work {
  id: string;
  key: string;
  title: string;
  year: number | null;
  type: string | null;
  venue: { id: string; name: string | null } | null;
  authors: Author[];
  abstract: string | null;
  citationCount: number;
  doi: string | null;
  url: string | null;
  topics: TopicRef[];
}

export type WorkSort = "year" | "citations";

export interface WorksPage {
  total: number;
  offset: number;
  limit: number;
  sort: WorkSort;
  items: Work[];
}

export interface PaperRef {
  id: string;
  key: string;
  title: string;
  year: number | null;
  citationCount: number;
}

export interface Paper extends Work {
  referencesTotal: number | null;
  references: PaperRef[];
  citedBy: PaperRef[];
  referencesCount: number;
  citedByCount: number;
}

export interface SuggestedCollaborator extends Ref {
  score: number;
  worksCount: number;
  lastYear: number | null;
  distance: number | null;
  sharedTopics: { id: string; key: string; name: string; code: string | null; theirWorks: number; yourWorks: number }[];
  mutualCoauthors: Ref[];
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

export interface PathResponse {
  found: boolean;
  length: number | null;
  paths: string[][];
  graph: SerializedSlice;
}

export interface Health {
  status: string;
  neo4j: { reachable: boolean; version?: string; edition?: string; mode?: string; database?: string };
  counts?: Record<string, number>;
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

/** GET a JSON endpoint; throws ApiError on anything but a 2xx JSON answer. */
export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { headers: { accept: "application/json" }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("RGE_NETWORK", "The server could not be reached.", 0);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy error page or an empty body: handled below with the status alone.
  }
  if (!response.ok) {
    const { code, message } = (body ?? {}) as { code?: string; message?: string };
    const retryAfter = Number(response.headers.get("retry-after"));
    throw new ApiError(
      code ?? `HTTP_${response.status}`,
      message ?? `The server answered ${response.status}.`,
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return body as T;
}

export const api = {
  search: (q: string, options: { kinds?: readonly string[]; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<SearchResponse>("/api/search", { q, kinds: options.kinds, limit: options.limit }, signal),
  person: (id: string, signal?: AbortSignal) => getJson<Person>(withId("/api/people", id), {}, signal),
  personWorks: (id: string, options: { sort?: WorkSort; offset?: number; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<WorksPage>(withId("/api/people", id, "/works"), { ...options }, signal),
  suggestedCollaborators: (id: string, options: { topic?: string; limit?: number } = {}, signal?: AbortSignal) =>
    getJson<{ items: SuggestedCollaborator[] }>(
      withId("/api/people", id, "/collaborators/suggested"),
      { ...options },
      signal,
    ),
  paper: (id: string, signal?: AbortSignal) => getJson<Paper>(withId("/api/papers", id), {}, signal),
  slice: (params: SliceParams, signal?: AbortSignal) =>
    getJson<SerializedSlice>("/api/graph/slice", { ...params }, signal),
  expand: (params: ExpandParams, signal?: AbortSignal) =>
    getJson<SerializedSlice>("/api/graph/expand", { ...params }, signal),
  path: (params: { from: string; to: string; via?: readonly string[]; k?: number }, signal?: AbortSignal) =>
    getJson<PathResponse>("/api/graph/path", { ...params }, signal),
  health: (signal?: AbortSignal) => getJson<Health>("/api/health", {}, signal),
};
