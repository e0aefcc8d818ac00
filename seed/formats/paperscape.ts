/**
 * Paperscape arXiv CSV (`arxiv-id;categories;found-refs;total-refs;refs;authors;title`).
 * Pure: one line in, one WorkRecord or a reason out. The author name string is the author's identity.
 */
import { arxivCategoryName } from "./arxiv-categories.ts";
import type { WorkRecord } from "../work-record.ts";

export type LineResult = { kind: "work"; work: WorkRecord } | { kind: "skip"; reason: string } | { kind: "comment" };

const FIELD_COUNT = 7;
const OLD_STYLE_ID = /^[a-z-]+(\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}$/;

/** Person id for an arXiv listing name ("J.R.Pelaez", "Xia Song"): the name string is the identity. */
export function arxivPersonId(name: string): string {
  return `arxiv:${name}`;
}

export function arxivPaperId(arxivId: string): string {
  return `arxiv:${arxivId}`;
}

export function arxivTopicId(category: string): string {
  return `arxiv:${category}`;
}

export const ARXIV_VENUE = { id: "arxiv", name: "arXiv", type: "repository" } as const;

function splitList(field: string): string[] {
  return field
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Parses one line; titles may contain ';', so only the first six separators split fields. */
export function parsePaperscapeLine(line: string): LineResult {
  const text = line.replace(/\r$/, "");
  if (text.trim() === "" || text.startsWith("#")) return { kind: "comment" };
  const parts: string[] = [];
  let rest = text;
  for (let i = 0; i < FIELD_COUNT - 1; i += 1) {
    const at = rest.indexOf(";");
    if (at < 0) return { kind: "skip", reason: `expected ${FIELD_COUNT} ';'-separated fields, found ${i + 1}` };
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  const [arxivId = "", categoriesField = "", , totalRefsField = "", refsField = "", authorsField = "", title = ""] =
    parts;
  const match = OLD_STYLE_ID.exec(arxivId);
  if (!match) return { kind: "skip", reason: `invalid arXiv id '${arxivId}'` };
  const categories = [...new Set(splitList(categoriesField))];
  if (categories.length === 0) return { kind: "skip", reason: `work ${arxivId} has no category` };
  const totalRefs = Number.parseInt(totalRefsField, 10);

  const seenAuthors = new Set<string>();
  const authors = splitList(authorsField).filter((name) => !seenAuthors.has(name) && seenAuthors.add(name));
  const yy = Number(match[2]);
  return {
    kind: "work",
    work: {
      id: arxivPaperId(arxivId),
      title: title.trim(),
      year: yy >= 91 ? 1900 + yy : 2000 + yy,
      type: "preprint",
      abstract: null,
      doi: null,
      url: `https://arxiv.org/abs/${arxivId}`,
      venue: { ...ARXIV_VENUE },
      authors: authors.map((name, index) => ({
        id: arxivPersonId(name),
        name,
        orcid: null,
        position: index + 1,
        institutions: [],
      })),
      topics: categories.map((category, index) => ({
        id: arxivTopicId(category),
        name: arxivCategoryName(category),
        code: category,
        primary: index === 0,
        score: null,
        field: category.split(/[.-]/)[0] ?? null,
        domain: null,
      })),
      references: [...new Set(splitList(refsField))].map(arxivPaperId),
      referencesTotal: Number.isFinite(totalRefs) ? totalRefs : null,
      sourceCitedBy: null,
      source: "paperscape",
    },
  };
}
