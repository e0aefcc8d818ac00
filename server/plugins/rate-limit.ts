/**
 * Per-client rate limit on the API (@fastify/rate-limit, keyed by IP; behind a proxy RGE_TRUST_PROXY makes that the
 * visitor's address). Generous by default, so a person clicking around never meets it; a script hammering the API
 * gets 429 RGE_RATE_LIMITED with Retry-After. Health stays exempt for monitors, and so do the page and its assets.
 */
import fastifyRateLimit from "@fastify/rate-limit";
import fp from "fastify-plugin";
import { RateLimitedError } from "../errors.ts";

export default fp<{ perMinute: number }>(
  async (fastify, { perMinute }) => {
    await fastify.register(fastifyRateLimit, {
      max: perMinute,
      timeWindow: 60_000,
      allowList: (request) => !request.url.startsWith("/api/") || request.url.startsWith("/api/health"),
      errorResponseBuilder: (_request, context) => new RateLimitedError(Math.ceil(context.ttl / 1000)),
    });
  },
  { name: "rate-limit" },
);
