/**
 * The papers of a view as a bibliography: BibTeX (TeX specials escaped, UTF-8 kept as is: biber and bibtex8 read it)
 * and RIS (one `TAG  - value` line per field). Pure functions of the works the API returns for the view's papers
 * (POST /api/works/batch): authors in order, title, year, venue, DOI, and the arXiv id as an e-print.
 */
import type { Work } from "../../contract/schemas/works.ts";

/** The arXiv id of a work from the arXiv data (`arxiv:hep-th/9401002`), else null. */
export function arxivId(work: Pick<Work, "id">): string | null {
  const match = /^arxiv:(.+)$/.exec(work.id);
  return match ? match[1]! : null;
}

/** The venue a citation names: none for the arXiv pseudo-venue (the e-print says it). */
function journalOf(work: Work): string | null {
  const name = work.venue?.name ?? null;
  return name && work.venue?.id !== "arxiv" && name.toLowerCase() !== "arxiv" ? name : null;
}

/** A bare DOI (no resolver prefix). */
export function bareDoi(doi: string | null): string | null {
  if (!doi) return null;
  return doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, "").replace(/^doi:/i, "") || null;
}

const TEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Escapes the characters TeX treats specially; line breaks become spaces. */
export function escapeTex(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\{}$&%#_^~]/g, (c) => TEX_SPECIALS[c]!);
}

function keyStem(work: Work): string {
  const first = work.authors[0]?.name ?? "anon";
  const last =
    first
      .split(/[\s.]+/)
      .filter(Boolean)
      .pop() ?? "anon";
  const word = work.title.split(/\s+/).find((w) => /[A-Za-z]{3,}/.test(w)) ?? "work";
  const ascii = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "");
  return `${ascii(last).toLowerCase() || "anon"}${work.year ?? ""}${ascii(word).toLowerCase()}`;
}

/** Citation keys, unique within the file (a, b, … appended to repeats). */
export function citationKeys(works: readonly Work[]): string[] {
  const seen = new Map<string, number>();
  return works.map((work) => {
    const stem = keyStem(work);
    const count = seen.get(stem) ?? 0;
    seen.set(stem, count + 1);
    return count === 0 ? stem : `${stem}${String.fromCharCode(96 + Math.min(count, 26))}${count > 26 ? count : ""}`;
  });
}

/** The works as a BibTeX file: @article with a journal, @misc otherwise (arXiv preprints carry eprint fields). */
export function toBibtex(works: readonly Work[]): string {
  const keys = citationKeys(works);
  return works
    .map((work, index) => {
      const journal = journalOf(work);
      const eprint = arxivId(work);
      const doi = bareDoi(work.doi);
      const fields: [string, string | null][] = [
        ["author", work.authors.length > 0 ? work.authors.map((a) => escapeTex(a.name)).join(" and ") : null],
        ["title", escapeTex(work.title)],
        ["year", work.year !== null ? String(work.year) : null],
        ["journal", journal ? escapeTex(journal) : null],
        ["doi", doi ? escapeTex(doi) : null],
        ["eprint", eprint ? escapeTex(eprint) : null],
        ["archiveprefix", eprint ? "arXiv" : null],
        ["url", work.url ? escapeTex(work.url) : eprint ? `https://arxiv.org/abs/${eprint}` : null],
      ];
      const body = fields
        .filter((field): field is [string, string] => field[1] !== null)
        .map(([name, value]) => `  ${name} = {${value}}`)
        .join(",\n");
      return `@${journal ? "article" : "misc"}{${keys[index]},\n${body}\n}\n`;
    })
    .join("\n");
}

const ris = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, " ").trim()}`;

/** The works as an RIS file (JOUR with a journal, UNPB for preprints), CRLF line ends as the format expects. */
export function toRis(works: readonly Work[]): string {
  return works
    .map((work) => {
      const journal = journalOf(work);
      const eprint = arxivId(work);
      const doi = bareDoi(work.doi);
      const lines = [ris("TY", journal ? "JOUR" : "UNPB")];
      for (const author of work.authors) lines.push(ris("AU", author.name));
      lines.push(ris("TI", work.title));
      if (work.year !== null) lines.push(ris("PY", String(work.year)));
      if (journal) lines.push(ris("JO", journal));
      if (doi) lines.push(ris("DO", doi));
      if (eprint) lines.push(ris("M1", `arXiv:${eprint}`));
      const url = work.url ?? (eprint ? `https://arxiv.org/abs/${eprint}` : null);
      if (url) lines.push(ris("UR", url));
      lines.push("ER  - ");
      return lines.join("\r\n") + "\r\n";
    })
    .join("\r\n");
}
