/**
 * Independent expectations for path search: undirected graphs built from the raw data files (the Paperscape CSV via
 * paperscape-oracle.ts, the OpenAlex JSON lines parsed here), an unbounded BFS, connected components and Yen's k
 * shortest loopless paths. Shares no code with the importer, the server or Neo4j.
 */
import { readFileSync } from "node:fs";
import type { PaperscapeOracle } from "./paperscape-oracle.ts";

/** Node key → neighbour keys (API node keys: `person:arxiv:…`, `paper:arxiv:…`, `topic:arxiv:…`, …). */
export type Adjacency = Map<string, Set<string>>;

export type OracleConstraint = "coauthor" | "papers" | "topics" | "institutions";

const OPENALEX_WORKS = new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url);

function link(adjacency: Adjacency, a: string, b: string): void {
  if (a === b) return;
  if (!adjacency.has(a)) adjacency.set(a, new Set());
  if (!adjacency.has(b)) adjacency.set(b, new Set());
  adjacency.get(a)!.add(b);
  adjacency.get(b)!.add(a);
}

interface RawOpenAlexWork {
  authorships: Array<{ author: { id: string | null }; institutions?: Array<{ id: string | null }> }>;
}

const shortId = (url: string) => `openalex:${url.split("/").pop()}`;

/**
 * The graph a constraint allows, from the raw files: co-authorship (people sharing a work); papers and citations
 * (person–work, work–cited work in the set); topics (person–category of one of their works, work–category);
 * institutions (person–institution of one of their OpenAlex authorships).
 */
export function oracleGraph(paperscape: PaperscapeOracle, constraint: OracleConstraint): Adjacency {
  const adjacency: Adjacency = new Map();
  const person = (name: string) => `person:arxiv:${name}`;
  const paper = (id: string) => `paper:arxiv:${id}`;
  if (constraint === "institutions") {
    for (const line of readFileSync(OPENALEX_WORKS, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const work = JSON.parse(line) as RawOpenAlexWork;
      for (const { author, institutions } of work.authorships) {
        // Without an author id or an institution id there is nothing the graph can hold.
        if (!author.id) continue;
        for (const institution of institutions ?? []) {
          if (institution.id) link(adjacency, `person:${shortId(author.id)}`, `institution:${shortId(institution.id)}`);
        }
      }
    }
    return adjacency;
  }
  for (const work of paperscape.works.values()) {
    for (const author of work.authors) {
      if (constraint === "coauthor") {
        for (const other of work.authors) link(adjacency, person(author), person(other));
      } else if (constraint === "papers") {
        link(adjacency, person(author), paper(work.id));
      } else {
        for (const category of work.categories) link(adjacency, person(author), `topic:arxiv:${category}`);
      }
    }
    if (constraint === "papers") {
      for (const ref of work.refs) if (paperscape.works.has(ref)) link(adjacency, paper(work.id), paper(ref));
    }
    if (constraint === "topics") {
      for (const category of work.categories) link(adjacency, paper(work.id), `topic:arxiv:${category}`);
    }
  }
  return adjacency;
}

/**
 * Shortest path from `from` to `to` (node keys, both ends included) avoiding `blockedNodes` and `blockedEdges`
 * ("a|b", both directions), or null. Unbounded: it runs until the target or the end of the component.
 */
export function bfsPath(
  adjacency: Adjacency,
  from: string,
  to: string,
  blockedNodes: ReadonlySet<string> = new Set(),
  blockedEdges: ReadonlySet<string> = new Set(),
): string[] | null {
  if (from === to) return [from];
  const parent = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacency.get(node) ?? []) {
        if (parent.has(other) || blockedNodes.has(other) || blockedEdges.has(`${node}|${other}`)) continue;
        parent.set(other, node);
        if (other === to) {
          const path = [to];
          while (path[0] !== from) path.unshift(parent.get(path[0]!)!);
          return path;
        }
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

/** The connected component of `start` (every node reachable from it). */
export function componentOf(adjacency: Adjacency, start: string): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const other of adjacency.get(stack.pop()!) ?? []) {
      if (!seen.has(other)) {
        seen.add(other);
        stack.push(other);
      }
    }
  }
  return seen;
}

/** Yen's algorithm: the lengths (hops) of the k shortest loopless paths, shortest first. */
export function yenLengths(adjacency: Adjacency, from: string, to: string, k: number): number[] {
  const first = bfsPath(adjacency, from, to);
  if (!first) return [];
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const known = new Set([first.join("\u0000")]);
  while (found.length < k) {
    const previous = found.at(-1)!;
    for (let i = 0; i < previous.length - 1; i += 1) {
      const root = previous.slice(0, i + 1);
      const blockedEdges = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((node, j) => path[j] === node)) {
          blockedEdges.add(`${path[i]}|${path[i + 1]}`).add(`${path[i + 1]}|${path[i]}`);
        }
      }
      const spur = bfsPath(adjacency, root[i]!, to, new Set(root.slice(0, i)), blockedEdges);
      if (!spur) continue;
      const candidate = [...root.slice(0, i), ...spur];
      const id = candidate.join("\u0000");
      if (!known.has(id)) {
        known.add(id);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length);
    found.push(candidates.shift()!);
  }
  return found.map((path) => path.length - 1);
}
