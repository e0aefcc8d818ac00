/**
 * /embed is the one page other sites may frame: its answers get the app's CSP with `frame-ancestors *` instead of
 * 'none', and no X-Frame-Options (helmet's SAMEORIGIN would forbid it again). Every other response keeps
 * `frame-ancestors 'none'` (server/plugins/security-headers.ts). Only the document needs it: the page's scripts,
 * styles and API calls are same-origin requests from the frame, which framing headers do not govern.
 */
import fp from "fastify-plugin";
import helmet from "helmet";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CONTENT_SECURITY_POLICY } from "./security-headers.ts";

export const EMBED_PATH = "/embed";

/** The CSP header value of /embed: the app's directives, framing allowed from anywhere. */
export function embedContentSecurityPolicy(): string {
  let value = "";
  const response = {
    setHeader: (name: string, header: string) => {
      if (name.toLowerCase() === "content-security-policy") value = String(header);
    },
  };
  helmet.contentSecurityPolicy({
    ...CONTENT_SECURITY_POLICY,
    directives: { ...CONTENT_SECURITY_POLICY.directives, frameAncestors: ["*"] },
  })({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return value;
}

export default fp(
  async (fastify) => {
    const policy = embedContentSecurityPolicy();
    fastify.addHook("onSend", async (request, reply, payload) => {
      const path = request.url.split("?")[0]?.replace(/\/+$/, "");
      if (path === EMBED_PATH && (request.method === "GET" || request.method === "HEAD")) {
        // @fastify/helmet wrote its headers on the raw response (onRequest): replace them there.
        reply.raw.setHeader("content-security-policy", policy);
        reply.raw.removeHeader("x-frame-options");
      }
      return payload;
    });
  },
  { name: "embed-framing", dependencies: ["security-headers"] },
);
