/**
 * The import page's API. GET /api/imports: whether uploads are on and their size limit. POST /api/imports: one
 * BibTeX or RIS file as the raw body (application/octet-stream, `?name=` its file name for `file:line` reports,
 * `?strict=true` to refuse a file with any bad record), read as untrusted input by the importer's own reader, matched
 * and written in one transaction; the answer streams its progress as NDJSON (contract/schemas/imports.ts).
 * Off unless RGE_ALLOW_UPLOADS (404 RGE_NOT_FOUND); signed in only (401), with the CSRF token (403 RGE_CSRF); a file
 * over RGE_UPLOAD_MAX_BYTES is 413 RGE_PAYLOAD_TOO_LARGE.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import { PassThrough } from "node:stream";
import { ACCOUNT_ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { ImportSettingsSchema, type ImportEvent } from "../../../contract/schemas/imports.ts";
import { decodeImportFile } from "../../../seed/checks/decode.ts";
import { readBibliographies, type ReadBibliographies } from "../../../seed/bibliography/read.ts";
import { BadParamError, NotFoundError, PayloadTooLargeError, toApiError } from "../../errors.ts";
import { requireUser, writeRateLimit } from "../../plugins/session.ts";
import { summarizeUpload } from "./summary.ts";

export interface ImportRoutesOptions {
  allowed: boolean;
  maxBytes: number;
}

const UploadQuery = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: "^[^/\\\\]+$" })),
  strict: Type.Optional(Type.Boolean()),
});

/** Reads the uploaded bytes like a file given to the CLI; a file that is no bibliography at all is 400. */
function readUpload(bytes: Buffer, name: string, strict: boolean): ReadBibliographies {
  let input: ReadBibliographies;
  try {
    input = readBibliographies([{ file: name, text: decodeImportFile(bytes, name) }]);
  } catch (error) {
    throw new BadParamError(error instanceof Error ? error.message : String(error));
  }
  if (strict && input.skipped.length > 0) {
    const lines = input.skipped.slice(0, 10).map((bad) => `${bad.file}:${bad.line}: ${bad.reason}`);
    throw new BadParamError(`strict: ${input.skipped.length} bad record(s), nothing was written; ${lines.join("; ")}`);
  }
  return input;
}

const importRoutes: FastifyPluginAsyncTypebox<ImportRoutesOptions> = async (fastify, { allowed, maxBytes }) => {
  const { imports } = fastify.repositories;
  fastify.addContentTypeParser(
    "application/octet-stream",
    { parseAs: "buffer", bodyLimit: maxBytes },
    (_r, body, done) => done(null, body),
  );

  fastify.get(
    "/api/imports",
    {
      schema: {
        tags: ["imports"],
        summary: "Whether uploads are on, and their size limit",
        response: { 200: ImportSettingsSchema },
      },
    },
    async () => ({ enabled: allowed, maxBytes }),
  );

  fastify.post(
    "/api/imports",
    {
      bodyLimit: maxBytes,
      config: { rateLimit: writeRateLimit },
      // Checked before the body is read: off is 404, too large is 413 (Content-Length), whoever asks.
      onRequest: async (request) => {
        if (!allowed) throw new NotFoundError("Uploads are off on this server (RGE_ALLOW_UPLOADS)");
        const length = Number(request.headers["content-length"] ?? 0);
        if (length > maxBytes) throw new PayloadTooLargeError(maxBytes);
      },
      preHandler: requireUser,
      schema: {
        tags: ["imports"],
        summary: "Import a BibTeX or RIS file (raw body); progress streamed as NDJSON",
        querystring: UploadQuery,
        response: {
          200: Type.Any({
            description: "application/x-ndjson: one ImportEvent per line (contract/schemas/imports.ts)",
          }),
          ...ACCOUNT_ERROR_RESPONSES,
          413: ACCOUNT_ERROR_RESPONSES[400],
        },
      },
    },
    async (request, reply) => {
      const started = performance.now();
      const body = request.body;
      if (!Buffer.isBuffer(body)) throw new BadParamError("send the file as the raw body (application/octet-stream)");
      const input = readUpload(body, request.query.name ?? "upload.bib", request.query.strict ?? false);
      const stream = new PassThrough();
      const send = (event: ImportEvent) => stream.write(`${JSON.stringify(event)}\n`);
      send({
        type: "parsed",
        format: input.files[0]!.format,
        entries: input.entries.length,
        bad: input.skipped.length,
      });
      void imports
        .importEntries(input.entries, {
          matched: (counts) => send({ type: "matched", ...counts }),
          writing: (stage, done, total) => send({ type: "writing", stage, done, total }),
        })
        .then((plan) =>
          send({ type: "done", summary: summarizeUpload(input, plan, (performance.now() - started) / 1000) }),
        )
        .catch((error: unknown) => {
          const apiError = toApiError(error);
          request.log.error({ err: error }, "upload failed; nothing was written");
          send({ type: "error", code: apiError.code, message: `Nothing was written: ${apiError.message}` });
        })
        .finally(() => stream.end());
      return reply.type("application/x-ndjson; charset=utf-8").header("cache-control", "no-store").send(stream);
    },
  );
};

export default importRoutes;
