/**
 * Collaborator suggestion score (documented in docs/SUGGESTIONS.md): shared topics weighted by rarity, mutual
 * co-authors, and recency. Pure: the rows come from cypher/suggest/candidates.cypher.
 */
import { nodeKey } from "../../contract/keys.ts";
import type { SuggestedCollaborator } from "../../contract/schemas/people.ts";

export interface SharedTopicRow {
  id: string;
  name: string | null;
  code: string | null;
  peopleCount: number | null;
  yourWorks: number;
  theirWorks: number;
}

export interface CandidateRow {
  person: { id: string; name: string | null; worksCount: number | null; lastYear: number | null };
  sharedTopics: SharedTopicRow[];
  mutualCoauthors: Array<{ id: string; name: string | null }>;
  yourLastYear: number | null;
  peopleTotal: number;
}

export const MUTUAL_WEIGHT = 3;
export const RECENCY_HALF_GAP_YEARS = 5;
const MUTUAL_LISTED = 10;

/** ln(1 + people / people on the topic): a topic few people work on says more than a field everyone is in. */
export function topicRarity(peopleTotal: number, topicPeople: number | null): number {
  return Math.log1p(Math.max(1, peopleTotal) / Math.max(1, topicPeople ?? 1));
}

/** 1 when the candidate was active as recently as the person; 1/2 at a 5-year gap, 1/3 at 10. */
export function recencyFactor(yourLastYear: number | null, theirLastYear: number | null): number {
  if (yourLastYear === null || theirLastYear === null) return 1;
  return 1 / (1 + Math.max(0, yourLastYear - theirLastYear) / RECENCY_HALF_GAP_YEARS);
}

export function topicContribution(row: CandidateRow, topic: SharedTopicRow): number {
  return topicRarity(row.peopleTotal, topic.peopleCount) * Math.log1p(Math.min(topic.yourWorks, topic.theirWorks));
}

export function suggestionScore(row: CandidateRow): number {
  const topics = row.sharedTopics.reduce((sum, topic) => sum + topicContribution(row, topic), 0);
  const mutual = MUTUAL_WEIGHT * Math.log1p(row.mutualCoauthors.length);
  return (topics + mutual) * recencyFactor(row.yourLastYear, row.person.lastYear);
}

/**
 * Scores, filters (a `topic` keeps only candidates sharing it) and ranks candidates: score, then more mutual
 * co-authors, then id. Distances are filled in later for the chosen few (2 when there is a mutual co-author).
 */
export function rankSuggestions(
  rows: CandidateRow[],
  options: { topic: string | null; limit: number },
): SuggestedCollaborator[] {
  const kept = rows.filter(
    (row) =>
      (row.sharedTopics.length > 0 || row.mutualCoauthors.length > 0) &&
      (options.topic === null || row.sharedTopics.some((topic) => topic.id === options.topic)),
  );
  const scored = kept.map((row) => ({ row, score: suggestionScore(row) }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.row.mutualCoauthors.length - a.row.mutualCoauthors.length ||
      (a.row.person.id < b.row.person.id ? -1 : 1),
  );
  return scored.slice(0, options.limit).map(({ row, score }) => toSuggestedCollaborator(row, score));
}

/**
 * One candidate with its evidence, as the API lists it: shared topics strongest first, the first mutual co-authors.
 * The distance is 2 when there is a mutual co-author, otherwise unknown (null) until the caller measures it.
 */
export function toSuggestedCollaborator(row: CandidateRow, score = suggestionScore(row)): SuggestedCollaborator {
  return {
    id: row.person.id,
    key: nodeKey("person", row.person.id),
    name: row.person.name ?? row.person.id,
    score: Math.round(score * 1000) / 1000,
    worksCount: row.person.worksCount ?? 0,
    lastYear: row.person.lastYear,
    distance: row.mutualCoauthors.length > 0 ? 2 : null,
    sharedTopics: [...row.sharedTopics]
      .sort((a, b) => topicContribution(row, b) - topicContribution(row, a) || (a.id < b.id ? -1 : 1))
      .map((topic) => ({
        id: topic.id,
        key: nodeKey("topic", topic.id),
        name: topic.name ?? topic.id,
        code: topic.code,
        theirWorks: topic.theirWorks,
        yourWorks: topic.yourWorks,
      })),
    mutualCoauthors: row.mutualCoauthors.slice(0, MUTUAL_LISTED).map((person) => ({
      id: person.id,
      key: nodeKey("person", person.id),
      name: person.name ?? person.id,
    })),
    mutualCoauthorsTotal: row.mutualCoauthors.length,
  };
}
