/**
 * RIS files (`TY  - JOUR` … `ER  - `) to entries. Line-based: each record runs from TY to ER; a tag line outside a
 * record, a record that never ends, or one without a title is a bad record with its line. Continuation lines (no tag)
 * extend the previous field, as some exporters wrap long abstracts.
 */
import { displayName, normalizeArxiv, normalizeDoi, type BibEntry, type ParsedBibliography } from "./record.ts";

const TAG = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

/** Parses the text of one RIS file. */
export function parseRis(text: string): ParsedBibliography {
  const result: ParsedBibliography = { entries: [], bad: [], read: 0 };
  let record: { line: number; fields: [string, string][] } | null = null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const match = TAG.exec(raw.trimEnd());
    if (!match) {
      if (raw.trim() === "") return;
      if (record && record.fields.length > 0) record.fields.at(-1)![1] += ` ${raw.trim()}`;
      else result.bad.push({ line, reason: "not an RIS line (expected 'TY  - ' to start a record)" });
      return;
    }
    const [, tag, value = ""] = match as unknown as [string, string, string | undefined];
    if (tag === "TY") {
      if (record) {
        result.read += 1;
        result.bad.push({ line: record.line, reason: `record has no 'ER  - ' before the next 'TY' at line ${line}` });
      }
      record = { line, fields: [["TY", value.trim()]] };
    } else if (!record) {
      result.bad.push({ line, reason: `'${tag}' outside a record (no 'TY  - ' before it)` });
    } else if (tag === "ER") {
      result.read += 1;
      const entry = toEntry(record.line, record.fields);
      if (typeof entry === "string") result.bad.push({ line: record.line, reason: entry });
      else result.entries.push(entry);
      record = null;
    } else record.fields.push([tag!, value.trim()]);
  });
  if (record) {
    result.read += 1;
    result.bad.push({
      line: (record as { line: number }).line,
      reason: "record has no 'ER  - ' before the end of the file",
    });
  }
  return result;
}

function toEntry(line: number, fields: [string, string][]): BibEntry | string {
  const all = (...tags: string[]) =>
    fields.filter(([tag, value]) => tags.includes(tag) && value !== "").map(([, v]) => v);
  const first = (...tags: string[]) => {
    for (const tag of tags) {
      const found = all(tag)[0];
      if (found) return found;
    }
    return null;
  };
  const id = first("ID");
  const title = first("TI", "T1", "CT", "BT");
  if (!title) return `record ${id ?? ""}${id ? " " : ""}has no title (TI)`.replace("  ", " ");
  const yearText = first("PY", "Y1", "DA");
  const year = yearText ? Number(/\b(\d{4})\b/.exec(yearText)?.[1] ?? NaN) : NaN;
  const url = first("UR", "L2");
  const arxivHint = all("M1", "M3", "N1", "UR", "AN").find((v) => /arxiv/i.test(v)) ?? null;
  return {
    line,
    key: id,
    type: (first("TY") ?? "gen").toLowerCase(),
    title: title.replace(/\s+/g, " "),
    authors: all("AU", "A1").map(displayName),
    year: Number.isInteger(year) ? year : null,
    venue: first("JO", "T2", "JF", "JA"),
    doi: normalizeDoi(first("DO")) ?? normalizeDoi(url),
    arxiv: arxivHint ? normalizeArxiv(arxivHint) : null,
    url,
    abstract: first("AB", "N2"),
  };
}
