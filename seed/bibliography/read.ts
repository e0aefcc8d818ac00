/**
 * Reads bibliography files: decodes them like every import file (seed/checks/decode.ts), tells BibTeX from RIS by
 * content, parses, and reports bad records and duplicated citation keys as `file:line: reason` (the last entry of a
 * key wins, as for work ids elsewhere).
 */
import { basename } from "node:path";
import { decodeImportFile } from "../checks/decode.ts";
import { readInputBytes } from "../input-files.ts";
import { UnknownFormatError } from "../read-sources.ts";
import type { SkippedRecord } from "../work-record.ts";
import { parseBibtex } from "./bibtex.ts";
import type { BibEntry, ParsedBibliography } from "./record.ts";
import { parseRis } from "./ris.ts";

export type BibliographyFormat = "bibtex" | "ris";

/** Files given by these names are read as bibliographies (their content then says BibTeX or RIS). */
export const BIBLIOGRAPHY_FILE = /\.(bib|bibtex|ris)(\.gz)?$/i;

export interface LocatedEntry extends BibEntry {
  file: string;
}

export interface ReadBibliographies {
  files: { file: string; format: BibliographyFormat; read: number; entries: number }[];
  entries: LocatedEntry[];
  skipped: SkippedRecord[];
  read: number;
}

export function detectBibliography(text: string, file: string): BibliographyFormat {
  const body = text.replace(/^\uFEFF/, "");
  if (/^TY {2}- /m.test(body)) return "ris";
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(body)) return "bibtex";
  throw new UnknownFormatError(file, "no BibTeX entry (@type{…}) or RIS record (TY  - …)");
}

/** Parses the text of one bibliography file. */
export function parseBibliography(text: string, file: string): { format: BibliographyFormat } & ParsedBibliography {
  const format = detectBibliography(text, file);
  return { format, ...(format === "ris" ? parseRis(text) : parseBibtex(text)) };
}

/** Reads, parses and checks every file; the text is untrusted (uploads come through here too). */
export function readBibliographies(
  inputs: readonly { file: string; text?: string }[],
  encoding?: string,
): ReadBibliographies {
  const out: ReadBibliographies = { files: [], entries: [], skipped: [], read: 0 };
  const byKey = new Map<string, LocatedEntry>();
  for (const input of inputs) {
    const name = basename(input.file);
    const text = input.text ?? decodeImportFile(readInputBytes(input.file), input.file, encoding);
    const parsed = parseBibliography(text, input.file);
    out.files.push({ file: input.file, format: parsed.format, read: parsed.read, entries: parsed.entries.length });
    out.read += parsed.read;
    out.skipped.push(...parsed.bad.map((bad) => ({ file: name, line: bad.line, reason: bad.reason })));
    for (const entry of parsed.entries) {
      const located = { ...entry, file: name };
      if (entry.key !== null) {
        const earlier = byKey.get(`${name}\u0000${entry.key}`);
        if (earlier) {
          out.skipped.push({
            file: earlier.file,
            line: earlier.line,
            reason: `duplicate citation key ${entry.key}: listed again at ${name}:${entry.line}, which wins`,
          });
          out.entries.splice(out.entries.indexOf(earlier), 1);
        }
        byKey.set(`${name}\u0000${entry.key}`, located);
      }
      out.entries.push(located);
    }
  }
  out.skipped.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return out;
}
