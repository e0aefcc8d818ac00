/**
 * What a co-author edge says about a collaboration: its top shared topics (COAUTHOR.topics with the names the API
 * adds as `topicNames`), how many works, which years. Pure: the edge layer (reducers.ts), the edge tooltip and the
 * keyboard's live region all word it through these functions, so they never disagree.
 */
import { shortLabel } from "./style.ts";
import type { EdgeAttributes } from "./types.ts";

/** The parts of an edge these functions read (any serialized edge's attributes fit). */
export type CollaborationAttributes = Pick<EdgeAttributes, "kind"> &
  Partial<Pick<EdgeAttributes, "weight" | "works" | "firstYear" | "lastYear" | "topics" | "topicNames">>;

/** Topics named on a canvas edge label: two keep it short enough to fit along an edge. */
export const EDGE_LABEL_TOPICS = 2;
/** Longest topic name on a canvas edge label (OpenAlex topic names run to 60+ characters). */
const EDGE_LABEL_TOPIC_CHARS = 26;

/** The edge's topic names, most shared first (ids where the API sent no names); empty for other edges. */
export function collaborationTopics(attributes: CollaborationAttributes): string[] {
  if (attributes.kind !== "coauthor" || !Array.isArray(attributes.topics)) return [];
  const names = Array.isArray(attributes.topicNames) ? attributes.topicNames : [];
  return attributes.topics.map((id, i) => names[i] ?? id);
}

/** The topic that colours the edge under the topic encoding: the most shared one (`topics[0]`), or null. */
export function dominantTopic(attributes: CollaborationAttributes): string | null {
  if (attributes.kind !== "coauthor" || !Array.isArray(attributes.topics)) return null;
  return attributes.topics[0] ?? null;
}

/** The canvas label of a co-author edge ("Quantum gravity · String theory"), or null when it has no topics. */
export function edgeTopicLabel(attributes: CollaborationAttributes): string | null {
  const names = collaborationTopics(attributes).slice(0, EDGE_LABEL_TOPICS);
  if (names.length === 0) return null;
  return names.map((name) => shortLabel(name, EDGE_LABEL_TOPIC_CHARS)).join(" · ");
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "1993–1995", "1994", or null without years. */
export function yearSpan(first: number | null | undefined, last: number | null | undefined): string | null {
  const a = typeof first === "number" ? first : null;
  const b = typeof last === "number" ? last : null;
  if (a === null && b === null) return null;
  if (a === null || b === null || a === b) return String(a ?? b);
  return `${Math.min(a, b)}–${Math.max(a, b)}`;
}

/**
 * The sentence of a co-author edge's tooltip and of the keyboard's live region: "3 shared works, 1993–1995,
 * topics: hep-th, gr-qc". Null for edges that are not co-authorships.
 */
export function describeCollaboration(attributes: CollaborationAttributes): string | null {
  if (attributes.kind !== "coauthor") return null;
  const works = typeof attributes.works === "number" ? attributes.works : (attributes.weight ?? 1);
  const parts = [plural(works, "shared work")];
  const years = yearSpan(attributes.firstYear, attributes.lastYear);
  if (years) parts.push(years);
  const topics = collaborationTopics(attributes);
  parts.push(
    topics.length > 0 ? `${topics.length === 1 ? "topic" : "topics"}: ${topics.join(", ")}` : "no shared topic",
  );
  return parts.join(", ");
}
