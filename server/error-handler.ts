/**
 * The one error handler, in its three entry points: errors from routes and hooks (`setErrorHandler`), errors Fastify
 * raises before it has a route (`frameworkErrors`: a malformed URL), and requests Node's HTTP parser refuses
 * (`clientErrorHandler`: headers too large, a broken request line). All answer `{ code, message }` from the registry
 * with the same security headers; 503s and 429s say when to come back.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { Socket } from "node:net";
import { OVERLOADED_RETRY_AFTER_SECONDS, RETRY_AFTER_SECONDS, toApiError, type ApiError } from "./errors.ts";

export interface ErrorHandlerOptions {
  /** Seconds until the database is expected back (the breaker's cool-down, or a restart). */
  graphRetryAfterSeconds: () => number;
  /** Headers an answer gets when no Fastify hook ran (see staticSecurityHeaders). */
  securityHeaders: Record<string, string>;
}

function retryAfter(apiError: ApiError, options: ErrorHandlerOptions): number | null {
  if (apiError.code === "RGE_OVERLOADED") return OVERLOADED_RETRY_AFTER_SECONDS;
  if (apiError.code === "RGE_GRAPH_UNAVAILABLE") return options.graphRetryAfterSeconds();
  return apiError.statusCode === 503 ? RETRY_AFTER_SECONDS : null;
}

/** The handler for `setErrorHandler`. */
export function createErrorHandler(options: ErrorHandlerOptions) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(error);
    const context = { code: apiError.code, url: request.url };
    if (apiError.code === "RGE_INTERNAL") request.log.error({ err: error, url: request.url }, "request failed");
    else if (apiError.statusCode >= 500) request.log.warn(context, apiError.message);
    else request.log.info(context, apiError.message);
    const seconds = retryAfter(apiError, options);
    // The rate limiter sets its own Retry-After (the time left in the client's window).
    if (seconds !== null && !reply.hasHeader("retry-after")) reply.header("retry-after", String(seconds));
    return reply.code(apiError.statusCode).send({ code: apiError.code, message: apiError.message });
  };
}

/** The `frameworkErrors` option: no route (hence no helmet hook) ran, so the headers are set here. */
export function createFrameworkErrorHandler(options: ErrorHandlerOptions) {
  const handle = createErrorHandler(options);
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    reply.headers(options.securityHeaders);
    // A malformed URL is the client's mistake, whatever Fastify's own status says.
    return handle(Object.assign(error, { statusCode: error.statusCode ?? 400 }), request, reply);
  };
}

const CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, message: "Request headers are too large" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: "The request took too long to arrive" },
};

/** The `clientErrorHandler` option: Node refused the request before Fastify saw it; answer in the API's shape. */
export function createClientErrorHandler(options: ErrorHandlerOptions) {
  return (error: Error & { code?: string }, socket: Socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const known = CLIENT_ERRORS[error.code ?? ""] ?? { status: 400, message: "Malformed HTTP request" };
    const body = JSON.stringify({ code: "RGE_BAD_REQUEST", message: known.message });
    const headers = {
      ...options.securityHeaders,
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(body)),
      connection: "close",
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.end(`HTTP/1.1 ${known.status} ${statusText(known.status)}\r\n${head.join("")}\r\n${body}`);
  };
}

function statusText(status: number): string {
  return { 400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large" }[status] ?? "Error";
}
