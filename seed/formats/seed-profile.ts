/**
 * The seed profile (`seed/data/seed-profile/works.json`): one researcher's works with full author lists, plus what
 * the modelled profile page showed about her (verification, claimed, followers) and the works' abstracts.
 * Authors are arXiv listing names, so they share the Paperscape identity rule and namespace.
 */
import { arxivCategoryName } from "./arxiv-categories.ts";
import { ARXIV_VENUE, arxivPaperId, arxivPersonId, arxivTopicId } from "./paperscape.ts";
import type { ParsedBatch, WorkRecord } from "../work-record.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface SeedProfileIssue {
  index: number;
  reason: string;
}

function parseWork(raw: unknown, abstracts: Json): WorkRecord | string {
  if (!isObject(raw)) return "work is not an object";
  const arxiv = typeof raw.arxiv === "string" ? raw.arxiv.trim() : "";
  if (!arxiv) return "work has no arxiv id";
  if (typeof raw.title !== "string" || raw.title.trim() === "") return `work ${arxiv} has no title`;
  const authors = Array.isArray(raw.authors)
    ? raw.authors.filter((name): name is string => typeof name === "string")
    : [];
  const categories = Array.isArray(raw.categories)
    ? [...new Set(raw.categories.filter((code): code is string => typeof code === "string"))]
    : [];
  const abstract = abstracts[arxiv];
  return {
    id: arxivPaperId(arxiv),
    title: raw.title.trim(),
    year: typeof raw.year === "number" ? raw.year : null,
    type: typeof raw.type === "string" ? raw.type : "preprint",
    abstract: typeof abstract === "string" ? abstract : null,
    doi: null,
    url: `https://arxiv.org/abs/${arxiv}`,
    venue: { ...ARXIV_VENUE },
    authors: [...new Set(authors)].map((name, index) => ({
      id: arxivPersonId(name),
      name,
      orcid: null,
      position: index + 1,
      institutions: [],
    })),
    topics: categories.map((code, index) => ({
      id: arxivTopicId(code),
      name: arxivCategoryName(code),
      code,
      primary: index === 0,
      score: null,
      field: code.split(/[.-]/)[0] ?? null,
      domain: null,
    })),
    references: [],
    referencesTotal: null,
    sourceCitedBy: null,
    source: "seed-profile",
  };
}

/** Parses the seed profile document; bad works are reported by their index in `works`. */
export function parseSeedProfile(document: unknown): { batch: ParsedBatch; issues: SeedProfileIssue[] } {
  const issues: SeedProfileIssue[] = [];
  if (!isObject(document) || !Array.isArray(document.works)) {
    return { batch: { works: [], people: [] }, issues: [{ index: -1, reason: "document has no 'works' array" }] };
  }
  const abstracts = isObject(document.abstracts) ? document.abstracts : {};
  const works: WorkRecord[] = [];
  document.works.forEach((raw, index) => {
    const parsed = parseWork(raw, abstracts);
    if (typeof parsed === "string") issues.push({ index, reason: parsed });
    else works.push(parsed);
  });
  const people = [];
  const shown = isObject(document.profile_page_shows) ? document.profile_page_shows : {};
  if (typeof document.researcher === "string") {
    people.push({
      id: arxivPersonId(document.researcher),
      name: document.researcher,
      verification: typeof shown.verification === "string" ? shown.verification : null,
      claimed: typeof shown.claimed === "boolean" ? shown.claimed : null,
      followers: typeof shown.followers === "number" ? shown.followers : null,
      headline: typeof document.headline === "string" ? document.headline : null,
    });
  }
  return { batch: { works, people }, issues };
}
