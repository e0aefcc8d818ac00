/**
 * The team lens computed from the raw Paperscape CSV (tests/_helpers/paperscape-oracle.ts): internal co-authorships,
 * ranked bridges and shared topics, without the importer, Neo4j or the server's queries.
 */
import type { PaperscapeOracle } from "./paperscape-oracle.ts";

export interface ExpectedTeam {
  internal: Map<string, number>;
  bridges: Array<{ key: string; connects: number; sharedWorks: number }>;
  sharedTopics: Array<{ key: string; members: Map<string, number>; works: number }>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Works per category of one author (WORKS_ON.works: distinct works having the topic). */
export function topicWorks(oracle: PaperscapeOracle, author: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of oracle.worksByAuthor.get(author) ?? []) {
    for (const category of oracle.works.get(id)!.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** `members` are Paperscape author names (person ids without the `arxiv:` prefix). */
export function expectedTeam(oracle: PaperscapeOracle, members: string[]): ExpectedTeam {
  const team = new Set(members);
  const internal = new Map<string, number>();
  const outside = new Map<string, { connects: number; sharedWorks: number }>();
  for (const member of members) {
    for (const [other, works] of oracle.coauthors.get(member) ?? []) {
      if (team.has(other)) internal.set(pairKey(member, other), works);
      else {
        const entry = outside.get(other) ?? { connects: 0, sharedWorks: 0 };
        entry.connects += 1;
        entry.sharedWorks += works;
        outside.set(other, entry);
      }
    }
  }
  const id = (name: string) => `arxiv:${name}`;
  const bridges = [...outside]
    .filter(([, entry]) => entry.connects >= 2)
    .map(([name, entry]) => ({ key: `person:${id(name)}`, ...entry, id: id(name) }))
    .sort((a, b) => b.connects - a.connects || b.sharedWorks - a.sharedWorks || (a.id < b.id ? -1 : 1))
    .map(({ key, connects, sharedWorks }) => ({ key, connects, sharedWorks }));
  const byTopic = new Map<string, Map<string, number>>();
  for (const member of members) {
    for (const [category, works] of topicWorks(oracle, member)) {
      const key = `topic:arxiv:${category}`;
      if (!byTopic.has(key)) byTopic.set(key, new Map());
      byTopic.get(key)!.set(`person:${id(member)}`, works);
    }
  }
  const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);
  const sharedTopics = [...byTopic]
    .filter(([, who]) => who.size >= 2)
    .map(([key, who]) => ({ key, members: who, works: sum(who.values()) }))
    .sort((a, b) => b.members.size - a.members.size || b.works - a.works || (a.key < b.key ? -1 : 1));
  return { internal, bridges, sharedTopics };
}

/** Internal pair key as the oracle writes it, from two person keys of the API. */
export function apiPairKey(source: string, target: string): string {
  const name = (key: string) => key.replace(/^person:arxiv:/, "");
  return pairKey(name(source), name(target));
}
