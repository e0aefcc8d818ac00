/**
 * The import page's API: GET /api/imports (are uploads on, how large may a file be) and the events of
 * POST /api/imports, one JSON object per line (application/x-ndjson), in this order: parsed, matched, writing…, then
 * done or error.
 */
import { Type, type Static } from "typebox";

export const ImportSettingsSchema = Type.Object({
  /** RGE_ALLOW_UPLOADS: false means POST /api/imports answers 404 RGE_NOT_FOUND. */
  enabled: Type.Boolean(),
  /** RGE_UPLOAD_MAX_BYTES. */
  maxBytes: Type.Integer(),
});
export type ImportSettings = Static<typeof ImportSettingsSchema>;

/** One entry of the summary: where it is in the file and the work(s) it matched, was added as, or could be. */
export interface ImportedEntry {
  line: number;
  key: string | null;
  title: string;
  workIds: string[];
  by?: string;
}

export interface BadRecord {
  file: string;
  line: number;
  reason: string;
}

export interface ImportSummary {
  file: string;
  format: string;
  /** Records read (entries plus bad records). */
  read: number;
  matched: ImportedEntry[];
  added: ImportedEntry[];
  ambiguous: ImportedEntry[];
  bad: BadRecord[];
  /** Paper ids of the works of the file now in the graph (matched and added), in file order: the explorer's foci. */
  workIds: string[];
  seconds: number;
}

export type ImportEvent =
  | { type: "parsed"; format: string; entries: number; bad: number }
  | { type: "matched"; matched: number; added: number; ambiguous: number }
  | { type: "writing"; stage: string; done: number; total: number }
  | { type: "done"; summary: ImportSummary }
  | { type: "error"; code: string; message: string };
