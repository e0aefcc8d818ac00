/**
 * Security headers (@fastify/helmet) on every response: pages, the API, /docs and every error. The CSP allows blob:
 * workers because graphology's ForceAtlas2 worker is built from a Blob URL; everything else is same-origin (no CDN,
 * no remote fonts). Swagger UI at /docs loads only same-origin scripts, so it lives under the same policy. HSTS only
 * when the app is served behind an HTTPS proxy (RGE_TRUST_PROXY): on plain http it would be a lie.
 */
import fastifyHelmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import fp from "fastify-plugin";
import helmet from "helmet";
import type { IncomingMessage, ServerResponse } from "node:http";

export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    workerSrc: ["'self'", "blob:"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
};

/** The helmet configuration of the app; `https` turns HSTS on. */
export function helmetOptions(https: boolean): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * The same headers as a plain record, for answers written before Fastify has a request (a malformed URL, or a
 * request Node's parser refused): helmet's middleware is run against a collecting stand-in of a response.
 */
export function staticSecurityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(helmetOptions(https))({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}

export default fp<{ https: boolean }>(
  async (fastify, { https }) => {
    await fastify.register(fastifyHelmet, helmetOptions(https) as FastifyHelmetOptions);
  },
  { name: "security-headers" },
);
