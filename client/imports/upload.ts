/**
 * Sends one bibliography file to POST /api/imports and hands each streamed event (NDJSON, one per line) to `onEvent`
 * as it arrives. Refusals before the stream (404, 401, 403, 413, 400) throw ApiError with the registry's code.
 */
import { NETWORK_ERROR_CODE, isApiErrorCode } from "../../contract/errors.ts";
import type { ImportEvent, ImportSettings } from "../../contract/schemas/imports.ts";
import { ApiError, getJson } from "../api.ts";
import { csrfHeaders } from "../session.ts";

export type { ImportEvent, ImportSettings, ImportSummary } from "../../contract/schemas/imports.ts";

/** Whether uploads are on (RGE_ALLOW_UPLOADS) and the largest file the server takes. */
export function importSettings(signal?: AbortSignal): Promise<ImportSettings> {
  return getJson<ImportSettings>("/api/imports", {}, signal);
}

async function refusal(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
  const code = isApiErrorCode(body?.code) ? body.code : "RGE_INTERNAL";
  const message = typeof body?.message === "string" ? body.message : `The upload answered ${response.status}`;
  return new ApiError(code, message, response.status);
}

/** Uploads `file` and calls `onEvent` for every progress event; resolves after the last one. */
export async function uploadBibliography(file: File, onEvent: (event: ImportEvent) => void): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/imports?name=${encodeURIComponent(file.name.replace(/[/\\]/g, "_"))}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", ...(await csrfHeaders()) },
      body: file,
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(NETWORK_ERROR_CODE, "The server could not be reached.", 0);
  }
  if (!response.ok || !response.body) throw await refusal(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as ImportEvent);
  }
  if (pending.trim()) onEvent(JSON.parse(pending) as ImportEvent);
}
