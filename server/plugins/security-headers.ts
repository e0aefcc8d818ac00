/**
 * Security headers on every response. The CSP allows blob: workers because graphology's ForceAtlas2 worker is built
 * from a Blob URL; everything else is same-origin (no CDN, no remote fonts).
 */
import fp from "fastify-plugin";

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
].join("; ");

export default fp(
  async (fastify) => {
    fastify.addHook("onSend", async (request, reply) => {
      reply.header("x-content-type-options", "nosniff");
      reply.header("referrer-policy", "same-origin");
      // Swagger UI at /docs needs inline scripts of its own; every other page gets the strict policy.
      if (!request.url.startsWith("/docs")) reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    });
  },
  { name: "security-headers" },
);
