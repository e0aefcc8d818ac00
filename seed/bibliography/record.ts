/**
 * A bibliography entry as BibTeX and RIS files give it, before it is matched to the graph, and the normalisations
 * matching compares: titles (case, accents, punctuation and spacing folded), person names ("Family, Given" and
 * "Given Family" alike; initials), DOIs (no resolver prefix, lower case) and arXiv ids.
 */

export interface BibEntry {
  /** 1-based line where the entry starts. */
  line: number;
  /** The BibTeX citation key, or RIS ID; null when the file gives none. */
  key: string | null;
  /** "article", "misc", … (BibTeX) or "JOUR", … (RIS), lower case. */
  type: string;
  title: string;
  /** Author names as "Given Family", in order. */
  authors: string[];
  year: number | null;
  venue: string | null;
  doi: string | null;
  arxiv: string | null;
  url: string | null;
  abstract: string | null;
}

/** What a parser returns for one file: entries, and the records it could not read with their line. */
export interface ParsedBibliography {
  entries: BibEntry[];
  bad: { line: number; reason: string }[];
  /** Records seen (entries and bad ones; comments, @string and @preamble not counted). */
  read: number;
}

/** Lower case, accents and punctuation folded, single spaces: the form two titles are compared in. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** "Family, Given" → "Given Family"; other forms as given, spaces tidied. */
export function displayName(name: string): string {
  const parts = name.split(",").map((part) => part.trim());
  const display = parts.length >= 2 && parts[1] ? `${parts.slice(1).join(" ")} ${parts[0]}` : name;
  return display.replace(/\s+/g, " ").trim();
}

/** The family name of a display name ("Xia Song" → "song", "S.Shelah" → "shelah"), folded like titles. */
export function familyName(name: string): string {
  const words = normalizeTitle(displayName(name).replace(/\./g, ". ")).split(" ");
  return words[words.length - 1] ?? "";
}

/** A person's name folded for comparison: accents, case, dots and spacing ("S. Shelah" = "S.Shelah" = "s shelah"). */
export function normalizeName(name: string): string {
  return normalizeTitle(displayName(name).replace(/\./g, ". "));
}

/** A bare, lower-case DOI, or null when the value holds none. */
export function normalizeDoi(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /10\.\d{4,9}\/\S+/.exec(value.trim());
  return match ? match[0].replace(/[.,;]+$/, "").toLowerCase() : null;
}

/** An arXiv id (new style 2204.06644, old style hep-th/9401002; version dropped), or null. */
export function normalizeArxiv(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /(?:arxiv[:/]\s*|abs\/)?((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?:v\d+)?/i.exec(value);
  return match ? match[1]! : null;
}
