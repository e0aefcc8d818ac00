/** Request schemas of /api/auth/*; the response schemas are the contract's (contract/schemas/auth.ts). */
import { Type } from "@fastify/type-provider-typebox";

export const VerifyQuery = Type.Object({
  token: Type.String({ minLength: 1, maxLength: 200 }),
});

/** A browser following the link gets a page; an API client gets the JSON error. */
export function wantsHtml(accept: string | undefined): boolean {
  return typeof accept === "string" && accept.includes("text/html");
}
