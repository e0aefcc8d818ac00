/**
 * Shapes the team lens (GET /api/team) from its three query results: the member table, internal pairs, ranked bridges,
 * shared and distinct topics, and the serialized graph the page draws. Pure.
 */
import { nodeKey } from "../../contract/keys.ts";
import type {
  Team,
  TeamBridge,
  TeamLink,
  TeamMember,
  TeamPair,
  TeamSharedTopic,
  TeamTopicWorks,
} from "../../contract/schemas/team.ts";
import { GraphAccumulator, type NodeRow } from "./serialized.ts";

/** Most topics in a member's "top topics" and "distinct topics" cells. */
export const TOP_TOPICS = 3;
export const DISTINCT_TOPICS = 5;
/** Shared topics listed, and how many of them the graph draws (topics are hubs: more would crowd the members). */
export const SHARED_TOPICS_LISTED = 30;
export const SHARED_TOPICS_DRAWN = 8;

export interface TeamTopicRow {
  id: string;
  name: string | null;
  code: string | null;
  worksCount: number | null;
  peopleCount: number | null;
  works: number;
  lastYear: number | null;
}

export interface TeamMemberRow {
  person: NodeRow & { kind: "person" };
  /** Most works first. */
  topics: TeamTopicRow[];
}

export interface TeamPairRow {
  source: string;
  target: string;
  props: { works?: number; firstYear?: number | null; lastYear?: number | null; topics?: string[] | null };
}

export interface TeamBridgeRow {
  person: NodeRow & { kind: "person" };
  connects: number;
  sharedWorks: number;
  links: Array<{
    member: string;
    works: number;
    firstYear: number | null;
    lastYear: number | null;
    topics: string[] | null;
  }>;
}

export interface TeamRows {
  members: TeamMemberRow[];
  missing: string[];
  internal: TeamPairRow[];
  bridges: TeamBridgeRow[];
  bridgesTotal: number;
}

const personKey = (id: string) => nodeKey("person", id);
const topicKey = (id: string) => nodeKey("topic", id);
const topicName = (topic: TeamTopicRow) => topic.name ?? topic.code ?? topic.id;
const byWorksThenName = (a: { works: number; name: string }, b: { works: number; name: string }) =>
  b.works - a.works || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Topics at least two members work on: most members first, then most works, then key. */
export function sharedTopics(members: TeamMemberRow[]): TeamSharedTopic[] {
  const byTopic = new Map<string, TeamSharedTopic>();
  for (const { person, topics } of members) {
    for (const topic of topics) {
      const key = topicKey(topic.id);
      const entry = byTopic.get(key) ?? { key, name: topicName(topic), members: [], works: 0 };
      entry.members.push({ key: personKey(person.id), name: person.name ?? person.id, works: topic.works });
      entry.works += topic.works;
      byTopic.set(key, entry);
    }
  }
  return [...byTopic.values()]
    .filter((topic) => topic.members.length >= 2)
    .map((topic) => ({ ...topic, members: [...topic.members].sort(byWorksThenName) }))
    .sort((a, b) => b.members.length - a.members.length || b.works - a.works || (a.key < b.key ? -1 : 1));
}

function memberRow(row: TeamMemberRow, internal: TeamLink[], teamTopicPeople: Map<string, number>): TeamMember {
  const topicWorks = (topic: TeamTopicRow): TeamTopicWorks => ({
    key: topicKey(topic.id),
    name: topicName(topic),
    works: topic.works,
  });
  const distinct = row.topics.filter((topic) => teamTopicPeople.get(topic.id) === 1);
  return {
    key: personKey(row.person.id),
    name: row.person.name ?? row.person.id,
    works: row.person.worksCount ?? 0,
    firstYear: row.person.firstYear ?? null,
    lastYear: row.person.lastYear ?? null,
    coauthors: row.person.coauthorCount ?? 0,
    topTopics: row.topics.slice(0, TOP_TOPICS).map(topicWorks),
    internal: [...internal].sort(byWorksThenName),
    distinctTopics: distinct.slice(0, DISTINCT_TOPICS).map(topicWorks),
    distinctTotal: distinct.length,
  };
}

/** The whole answer of GET /api/team from the query rows (members in the order asked). */
export function shapeTeam(rows: TeamRows): Team {
  const names = new Map(rows.members.map(({ person }) => [person.id, person.name ?? person.id]));
  const link = (id: string, props: TeamPairRow["props"]): TeamLink => ({
    key: personKey(id),
    name: names.get(id) ?? id,
    works: props.works ?? 0,
    firstYear: props.firstYear ?? null,
    lastYear: props.lastYear ?? null,
  });
  const internalOf = new Map<string, TeamLink[]>(rows.members.map(({ person }) => [person.id, []]));
  const pairs: TeamPair[] = [];
  for (const pair of rows.internal) {
    internalOf.get(pair.source)?.push(link(pair.target, pair.props));
    internalOf.get(pair.target)?.push(link(pair.source, pair.props));
    const { works, firstYear, lastYear } = link(pair.target, pair.props);
    pairs.push({ source: personKey(pair.source), target: personKey(pair.target), works, firstYear, lastYear });
  }
  const teamTopicPeople = new Map<string, number>();
  for (const { topics } of rows.members)
    for (const topic of topics) teamTopicPeople.set(topic.id, (teamTopicPeople.get(topic.id) ?? 0) + 1);
  const shared = sharedTopics(rows.members);
  const bridges: TeamBridge[] = rows.bridges.map((bridge) => ({
    key: personKey(bridge.person.id),
    name: bridge.person.name ?? bridge.person.id,
    connects: bridge.connects,
    sharedWorks: bridge.sharedWorks,
    members: bridge.links.map((entry) => link(entry.member, entry)).sort(byWorksThenName),
  }));
  return {
    members: rows.members.map((row) => memberRow(row, internalOf.get(row.person.id) ?? [], teamTopicPeople)),
    missing: rows.missing,
    internal: pairs,
    bridges,
    bridgesTotal: rows.bridgesTotal,
    sharedTopics: shared.slice(0, SHARED_TOPICS_LISTED),
    sharedTopicsTotal: shared.length,
    graph: teamGraph(rows, shared.slice(0, SHARED_TOPICS_DRAWN)),
  };
}

/** Members, internal co-authorships, bridges with their co-authorships with members, drawn shared topics. */
function teamGraph(rows: TeamRows, drawnTopics: TeamSharedTopic[]): Team["graph"] {
  const accumulator = new GraphAccumulator();
  const person = (id: string) => ({ kind: "person" as const, id });
  for (const { person: row } of rows.members) accumulator.addNode(row);
  for (const pair of rows.internal)
    accumulator.addEdge({
      type: "COAUTHOR",
      source: person(pair.source),
      target: person(pair.target),
      props: pair.props,
    });
  for (const bridge of rows.bridges) {
    accumulator.addNode(bridge.person);
    for (const { member, ...props } of bridge.links)
      accumulator.addEdge({ type: "COAUTHOR", source: person(member), target: person(bridge.person.id), props });
  }
  const drawn = new Set(drawnTopics.map((topic) => topic.key));
  for (const { person: member, topics } of rows.members) {
    for (const topic of topics) {
      if (!drawn.has(topicKey(topic.id))) continue;
      accumulator.addNode({ ...topic, kind: "topic" });
      accumulator.addEdge({
        type: "WORKS_ON",
        source: person(member.id),
        target: { kind: "topic", id: topic.id },
        props: { works: topic.works, lastYear: topic.lastYear },
      });
    }
  }
  return accumulator.toGraph({ members: rows.members.map(({ person: row }) => personKey(row.id)) });
}
