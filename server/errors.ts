/**
 * The one error registry. Every error the API answers with has a stable code; clients branch on `code`, people read
 * `message`. Driver errors are mapped to these in one place (toApiError).
 */
import createError from "@fastify/error";
import { Neo4jError } from "neo4j-driver";
import { API_ERROR_STATUS, isApiErrorCode, type ApiErrorCode } from "../contract/errors.ts";

/** An @fastify/error factory for a code of the contract's table, with its status; `%s` takes the detail. */
function errorFactory<Args extends unknown[]>(code: ApiErrorCode, message: string) {
  return createError<typeof code, Args>(code, message, API_ERROR_STATUS[code]);
}

export const NotFoundError = errorFactory<[string]>("RGE_NOT_FOUND", "%s");
export const BadParamError = errorFactory<[string]>("RGE_BAD_PARAM", "%s");
export const UnauthenticatedError = errorFactory<[]>("RGE_UNAUTHENTICATED", "Sign in to do this");
export const ForbiddenError = errorFactory<[string]>("RGE_FORBIDDEN", "%s");
export const CsrfError = errorFactory<[]>(
  "RGE_CSRF",
  "Missing or wrong CSRF token: send the csrfToken of GET /api/me in the x-csrf-token header",
);
export const ConflictError = errorFactory<[string]>("RGE_CONFLICT", "%s");
export const GraphUnavailableError = errorFactory<[]>(
  "RGE_GRAPH_UNAVAILABLE",
  "The graph database is unavailable; try again shortly",
);
export const QueryTimeoutError = errorFactory<[]>(
  "RGE_QUERY_TIMEOUT",
  "The query took longer than its time budget; narrow it (depth, kinds, limit) or try again",
);
export const OverloadedError = errorFactory<[]>("RGE_OVERLOADED", "The server is at capacity; try again in a moment");
export const RateLimitedError = errorFactory<[number]>(
  "RGE_RATE_LIMITED",
  "Too many requests from this client; try again in %d s",
);
/** The daily invite cap (RGE_INVITES_PER_DAY); the route sets Retry-After to when the next invite fits. */
export const InviteCapError = errorFactory<[number, number]>(
  "RGE_RATE_LIMITED",
  "You have sent %d invites in the last 24 hours, the most allowed; the next one fits in %d s",
);
/** An upload over RGE_UPLOAD_MAX_BYTES (POST /api/imports). */
export const PayloadTooLargeError = errorFactory<[number]>(
  "RGE_PAYLOAD_TOO_LARGE",
  "The file is larger than the %d bytes an upload may have (RGE_UPLOAD_MAX_BYTES)",
);
export const InternalError = errorFactory<[]>("RGE_INTERNAL", "Internal server error");

export const RETRY_AFTER_SECONDS = 5;
/** Shed load clears as soon as a slot frees: ask for a quick retry. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 1;

/** Neo4j error codes that mean "the database is not reachable / not serving", as opposed to a bad query. */
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.Unauthorized"]);

export interface ApiError {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
}

/** Maps anything thrown by a handler to the error the client sees; unknown errors become a masked 500. */
export function toApiError(error: unknown): ApiError {
  const candidate = error as { statusCode?: number; code?: string; message?: string; validation?: unknown };
  if (candidate.validation) {
    return { statusCode: 400, code: "RGE_BAD_PARAM", message: candidate.message ?? "Invalid request parameter" };
  }
  if (isApiErrorCode(candidate.code) && candidate.statusCode) {
    return { statusCode: candidate.statusCode, code: candidate.code, message: candidate.message ?? candidate.code };
  }
  if (error instanceof Neo4jError) {
    // A uniqueness constraint refused a write two requests raced for (e.g. two pending invites between one pair).
    if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return toApiError(new ConflictError("That was changed by another request at the same moment; reload and retry"));
    }
    // The pool could not hand out a connection in time (a stalled or saturated server): code N/A, known by its text.
    if (/connection acquisition timed out/i.test(error.message)) return toApiError(new GraphUnavailableError());
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")) {
      return toApiError(new GraphUnavailableError());
    }
    // neo4j-driver 6 against Neo4j 5.26 raises Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration
    // for the per-transaction timeout (verified in tests/integration/api-errors.test.ts); the server-wide
    // db.transaction.timeout raises …TransactionTimedOut. A query that outgrows its memory budget is over budget too.
    if (
      error.code.includes("TransactionTimedOut") ||
      error.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" ||
      error.code === "Neo.TransientError.General.TransactionOutOfMemoryError"
    ) {
      return toApiError(new QueryTimeoutError());
    }
  }
  if (candidate.statusCode && candidate.statusCode >= 400 && candidate.statusCode < 500) {
    return { statusCode: candidate.statusCode, code: "RGE_BAD_REQUEST", message: candidate.message ?? "Bad request" };
  }
  return toApiError(new InternalError());
}
