/** Shapes profile, works and paper rows into the API's JSON (docs/API.md): keys added, nulls made explicit. */
import { nodeKey } from "../../contract/keys.ts";
import type { NodeKind } from "../../contract/kinds.ts";
import type { Collaborator } from "../../contract/schemas/people.ts";
import { claimStateOf as claimState, recordStatus } from "./claims.ts";
import { trustSnapshot, type TrustSnapshot } from "./trust.ts";

type Row = Record<string, unknown>;

const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

function keyed(kind: NodeKind, row: Row): { id: string; key: string } {
  const id = String(row.id);
  return { id, key: nodeKey(kind, id) };
}

function personLink(row: Row): Collaborator {
  return {
    ...keyed("person", row),
    name: str(row.name) ?? String(row.id),
    sharedWorks: num(row.sharedWorks) ?? 0,
    firstYear: num(row.firstYear),
    lastYear: num(row.lastYear),
  };
}

/** The profile of cypher/people/profile.cypher's row. */
export function presentProfile(row: Row) {
  const person = (row.person ?? {}) as Row;
  const topics = rows(row.topics).map((topic) => ({
    ...keyed("topic", topic),
    name: str(topic.name) ?? String(topic.id),
    code: str(topic.code),
    works: num(topic.works) ?? 0,
  }));
  const coauthors = rows(row.coauthors).map(personLink);
  const closeCollaborators = rows(row.closeCollaborators).map(personLink);
  const works = num(row.works) ?? 0;
  const coauthorsTotal = num(row.coauthorsTotal) ?? 0;
  const orcid = str(person.orcid);
  const followers = num(row.followers) ?? 0;
  const claims = rows(row.claims).map(claimState);
  const status = recordStatus(claims);
  const myClaim = row.myClaim ? (row.myClaim as Row) : null;
  const trust: TrustSnapshot = trustSnapshot({
    storedVerification: str(person.verification),
    personId: String(person.id),
    claims,
    orcid,
    works,
    coauthors: coauthorsTotal,
    topics: topics.length,
  });
  return {
    ...keyed("person", person),
    name: str(person.name) ?? String(person.id),
    headline: str(person.headline),
    orcid,
    claimed: status === "claimed" || status === "disputed",
    verification: trust.verification,
    followers,
    claim: {
      status,
      mine: myClaim ? { id: String(myClaim.id), ...claimState(myClaim) } : null,
    },
    following: row.following === true,
    affiliations: rows(row.affiliations).map((inst) => ({
      ...keyed("institution", inst),
      name: str(inst.name) ?? String(inst.id),
      country: str(inst.country),
      ror: str(inst.ror),
      works: num(inst.works) ?? 0,
      lastYear: num(inst.lastYear),
    })),
    counts: {
      works,
      topics: topics.length,
      coauthors: coauthorsTotal,
      closeCollaborators: num(row.closeCollaboratorsTotal) ?? closeCollaborators.length,
      followers,
      citations: num(row.citations) ?? 0,
    },
    trust,
    activeYears: { first: num(row.firstYear), last: num(row.lastYear) },
    topics,
    closeCollaborators,
    coauthors,
    coauthorsTotal,
  };
}

export function presentAuthor(row: Row) {
  return { ...keyed("person", row), name: str(row.name) ?? String(row.id), position: num(row.position) };
}

export function presentTopicRef(row: Row) {
  return { ...keyed("topic", row), name: str(row.name) ?? String(row.id), code: str(row.code) };
}

function venue(value: unknown): { id: string; name: string | null } | null {
  if (value === null || typeof value !== "object") return null;
  const row = value as Row;
  return { id: String(row.id), name: str(row.name) };
}

/** One item of /api/people/:id/works (a row of cypher/people/works.cypher). */
export function presentWork(row: Row) {
  const work = (row.work ?? {}) as Row;
  return {
    ...keyed("paper", work),
    title: str(work.title) ?? String(work.id),
    year: num(work.year),
    type: str(work.type),
    venue: venue(row.venue),
    authors: rows(row.authors).map(presentAuthor),
    abstract: str(work.abstract),
    citationCount: num(work.citationCount) ?? 0,
    doi: str(work.doi),
    url: str(work.url),
    topics: rows(row.topics).map(presentTopicRef),
  };
}

function paperRef(row: Row) {
  return {
    ...keyed("paper", row),
    title: str(row.title) ?? String(row.id),
    year: num(row.year),
    citationCount: num(row.citationCount) ?? 0,
  };
}

/** /api/papers/:id (a row of cypher/papers/paper.cypher). */
export function presentPaper(row: Row) {
  const paper = (row.paper ?? {}) as Row;
  return {
    ...keyed("paper", paper),
    title: str(paper.title) ?? String(paper.id),
    year: num(paper.year),
    type: str(paper.type),
    venue: venue(row.venue),
    abstract: str(paper.abstract),
    doi: str(paper.doi),
    url: str(paper.url),
    citationCount: num(paper.citationCount) ?? 0,
    referencesTotal: num(paper.referencesTotal),
    authors: rows(row.authors).map(presentAuthor),
    topics: rows(row.topics).map(presentTopicRef),
    references: rows(row.references).map(paperRef),
    citedBy: rows(row.citedBy).map(paperRef),
    referencesCount: num(row.referencesCount) ?? 0,
    citedByCount: num(row.citedByCount) ?? 0,
  };
}

export type Profile = ReturnType<typeof presentProfile>;
export type Work = ReturnType<typeof presentWork>;
export type Paper = ReturnType<typeof presentPaper>;
