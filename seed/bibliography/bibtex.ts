/**
 * BibTeX files (Zotero, Mendeley, JabRef exports) to entries. Pure and defensive: the text is untrusted, so a broken
 * entry is reported with its line (`bad`) and reading goes on at the next `@` that starts a line. Understands braced,
 * quoted, numeric and macro values, `#` concatenation, @string, @comment and @preamble; values are decoded from TeX
 * (tex.ts). Entries without a title are bad records: there is nothing to match or show.
 */
import { texToUnicode } from "./tex.ts";
import { displayName, normalizeArxiv, normalizeDoi, type BibEntry, type ParsedBibliography } from "./record.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

class BibSyntaxError extends Error {}

/** Splits an author list at " and " outside braces. */
export function splitAuthors(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (c === "{") depth += 1;
    else if (c === "}") depth -= 1;
    else if (depth === 0 && /^\s+and\s+/i.test(value.slice(i, i + 6)) && /\s/.test(c ?? "")) {
      const match = /^\s+and\s+/i.exec(value.slice(i))!;
      names.push(value.slice(start, i));
      i += match[0].length - 1;
      start = i + 1;
    }
  }
  names.push(value.slice(start));
  return names.map((name) => displayName(texToUnicode(name))).filter((name) => name !== "" && name !== "others");
}

/** Parses the text of one BibTeX file. */
export function parseBibtex(text: string): ParsedBibliography {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const strings = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  const result: ParsedBibliography = { entries: [], bad: [], read: 0 };
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos += 1;
  };
  const expect = (chars: string, what: string) => {
    skipSpace();
    if (!chars.includes(text[pos] ?? "")) {
      const found = pos >= text.length ? "the end of the file" : `'${text[pos]}'`;
      throw new BibSyntaxError(`expected ${what} at line ${lineAt(pos)}, found ${found}`);
    }
    pos += 1;
    return text[pos - 1]!;
  };
  const identifier = () => {
    skipSpace();
    const match = /^[^\s"#%'(),={}]+/.exec(text.slice(pos, pos + 1000));
    if (!match) throw new BibSyntaxError(`expected a name at line ${lineAt(pos)}`);
    pos += match[0].length;
    return match[0];
  };
  const braced = () => {
    const start = pos;
    let depth = 1;
    pos += 1;
    while (pos < text.length && depth > 0) {
      if (text[pos] === "\\") pos += 1;
      else if (text[pos] === "{") depth += 1;
      else if (text[pos] === "}") depth -= 1;
      pos += 1;
    }
    if (depth > 0) throw new BibSyntaxError(`unbalanced braces in the value starting at line ${lineAt(start)}`);
    return text.slice(start + 1, pos - 1);
  };
  const quoted = () => {
    const start = pos;
    let depth = 0;
    pos += 1;
    while (pos < text.length && !(text[pos] === '"' && depth === 0)) {
      if (text[pos] === "\\") pos += 1;
      else if (text[pos] === "{") depth += 1;
      else if (text[pos] === "}") depth -= 1;
      pos += 1;
    }
    if (pos >= text.length) throw new BibSyntaxError(`unterminated quoted value starting at line ${lineAt(start)}`);
    pos += 1;
    return text.slice(start + 1, pos - 1);
  };
  const value = (): string => {
    let out = "";
    for (;;) {
      skipSpace();
      const c = text[pos];
      if (c === "{") out += braced();
      else if (c === '"') out += quoted();
      else {
        const name = identifier();
        out += /^\d+$/.test(name) ? name : (strings.get(name.toLowerCase()) ?? name);
      }
      skipSpace();
      if (text[pos] !== "#") return out;
      pos += 1;
    }
  };
  const fields = (close: string) => {
    const out = new Map<string, string>();
    for (;;) {
      skipSpace();
      if (text[pos] === close) {
        pos += 1;
        return out;
      }
      const name = identifier().toLowerCase();
      expect("=", `'=' after field '${name}'`);
      out.set(name, value());
      skipSpace();
      if (text[pos] === ",") pos += 1;
      else if (text[pos] !== close) expect(close, `',' or the end of the entry`);
    }
  };

  while (pos < text.length) {
    const at = text.indexOf("@", pos);
    if (at < 0) break;
    pos = at + 1;
    const line = lineAt(at);
    try {
      const type = identifier().toLowerCase();
      if (type === "comment") continue;
      const open = expect("{(", "'{' after @" + type);
      const close = open === "{" ? "}" : ")";
      if (type === "preamble") {
        value();
        expect(close, "the end of @preamble");
        continue;
      }
      if (type === "string") {
        for (const [name, text] of fields(close)) strings.set(name, text);
        continue;
      }
      result.read += 1;
      skipSpace();
      let key: string | null = null;
      if (text[pos] !== ",") key = identifier();
      if (text[pos] === close) {
        pos += 1;
        throw new BibSyntaxError("entry has no fields");
      }
      expect(",", "',' after the citation key");
      const entry = toEntry(line, type, key, fields(close));
      if (typeof entry === "string") result.bad.push({ line, reason: entry });
      else result.entries.push(entry);
    } catch (error) {
      if (!(error instanceof BibSyntaxError)) throw error;
      if (result.bad.at(-1)?.line !== line) result.bad.push({ line, reason: error.message });
      // Go on at the next entry: an @ at the start of a line after this one.
      const next = text.slice(at + 1).search(/\n\s*@/);
      pos = next < 0 ? text.length : at + 1 + next + 1;
    }
  }
  return result;
}

/** The entry of an @type{key, fields} record, or why it cannot be one. */
function toEntry(line: number, type: string, key: string | null, fields: Map<string, string>): BibEntry | string {
  const decoded = (name: string) => {
    const raw = fields.get(name);
    const text = raw === undefined ? "" : texToUnicode(raw);
    return text === "" ? null : text;
  };
  const title = decoded("title");
  if (!title) return `entry ${key ?? "(no key)"} has no title`;
  const yearText = decoded("year") ?? decoded("date");
  const year = yearText ? Number(/\b(\d{4})\b/.exec(yearText)?.[1] ?? NaN) : NaN;
  const eprint = fields.get("eprint") ?? null;
  const archive = (fields.get("archiveprefix") ?? fields.get("eprinttype") ?? "").toLowerCase();
  const url = decoded("url");
  return {
    line,
    key,
    type,
    title,
    authors: fields.has("author") ? splitAuthors(fields.get("author")!) : [],
    year: Number.isInteger(year) ? year : null,
    venue: decoded("journal") ?? decoded("journaltitle") ?? decoded("booktitle"),
    doi: normalizeDoi(fields.get("doi")) ?? normalizeDoi(url),
    arxiv:
      (eprint && (archive === "arxiv" || archive === "") ? normalizeArxiv(eprint) : null) ??
      (url && /arxiv\.org/i.test(url) ? normalizeArxiv(url) : null),
    url,
    abstract: decoded("abstract"),
  };
}
