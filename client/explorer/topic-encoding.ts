/**
 * "Colour by topic": each collaboration (co-author edge) takes the colour of its dominant shared topic, each node
 * the colour of the topic it is most about (a topic itself; a paper its first topic; a person the topic of most of
 * their shown collaborations and topic links, weighted by works). The topics that dominate the most collaborations
 * get the colour-blind-safe palette, the rest share one grey. Pure: graph in, maps and legend out.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import { dominantTopic } from "../graph/edge-topics.ts";
import type { EdgeKind } from "../graph/types.ts";

export interface TopicColoring {
  nodeColors: Map<string, string>;
  edgeColors: Map<string, string>;
  /** Palette topics, most collaborations first, then "Other topics" when some topics share the grey. */
  legend: { color: string; label: string; count: number }[];
}

const weightOf = (attributes: Attributes) => (typeof attributes.weight === "number" ? attributes.weight : 1);
const topicIdOf = (key: string) => key.slice(key.indexOf(":") + 1);

/** Topic id → display name, from topic nodes' labels and co-author edges' `topicNames`. */
export function topicNames(graph: AbstractGraph): Map<string, string> {
  const names = new Map<string, string>();
  graph.forEachEdge((_edge, attributes) => {
    const { topics, topicNames: edgeNames } = attributes;
    if (!Array.isArray(topics) || !Array.isArray(edgeNames)) return;
    topics.forEach((id: string, i: number) => names.set(id, String(edgeNames[i] ?? id)));
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === "topic") names.set(topicIdOf(key), String(attributes.label));
  });
  return names;
}

/** The topic id each node is most about (absent when it has none in view). */
export function nodeTopics(graph: AbstractGraph): Map<string, string> {
  const scores = new Map<string, Map<string, number>>();
  const add = (node: string, topic: string, weight: number) => {
    let byTopic = scores.get(node);
    if (!byTopic) scores.set(node, (byTopic = new Map()));
    byTopic.set(topic, (byTopic.get(topic) ?? 0) + weight);
  };
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    const kind = attributes.kind as EdgeKind;
    if (kind === "coauthor") {
      const topic = dominantTopic(attributes as { kind: EdgeKind; topics?: string[] });
      if (topic === null) return;
      add(source, topic, weightOf(attributes));
      add(target, topic, weightOf(attributes));
    } else if (targetAttributes.kind === "topic" && sourceAttributes.kind !== "topic") {
      // has_topic (paper → topic; the primary one counts most) and works_on (person → topic, weight = works).
      add(source, topicIdOf(target), attributes.primary === true ? 1000 : weightOf(attributes));
    }
  });
  const result = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === "topic") return void result.set(key, topicIdOf(key));
    const byTopic = scores.get(key);
    if (!byTopic) return;
    // Most weight first, ties by id: the same graph always gets the same colours.
    const [best] = [...byTopic].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) result.set(key, best[0]);
  });
  return result;
}

/** Colours of the topic encoding; `palette` colours the most frequent dominant topics, `other` the rest. */
export function topicColoring(graph: AbstractGraph, palette: readonly string[], other: string): TopicColoring {
  const edgeTopic = new Map<string, string>();
  const counts = new Map<string, number>();
  graph.forEachEdge((edge, attributes) => {
    const topic = dominantTopic(attributes as { kind: EdgeKind; topics?: string[] });
    if (topic === null) return;
    edgeTopic.set(edge, topic);
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  });
  const byNode = nodeTopics(graph);
  // Topics only nodes are about (no collaboration in view) still get a colour after the collaborations' topics.
  for (const topic of byNode.values()) if (!counts.has(topic)) counts.set(topic, 0);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([topic]) => topic);
  const colorOf = new Map(ranked.slice(0, palette.length).map((topic, i) => [topic, palette[i]!]));
  const color = (topic: string) => colorOf.get(topic) ?? other;

  const edgeColors = new Map<string, string>();
  for (const [edge, topic] of edgeTopic) edgeColors.set(edge, color(topic));
  const nodeColors = new Map<string, string>();
  graph.forEachNode((key) => {
    const topic = byNode.get(key);
    nodeColors.set(key, topic === undefined ? other : color(topic));
  });

  const names = topicNames(graph);
  const legend = ranked
    .slice(0, palette.length)
    .map((topic) => ({ color: color(topic), label: names.get(topic) ?? topic, count: counts.get(topic)! }));
  const rest = ranked.slice(palette.length).reduce((sum, topic) => sum + counts.get(topic)!, 0);
  if (ranked.length > palette.length) legend.push({ color: other, label: "Other topics", count: rest });
  return { nodeColors, edgeColors, legend };
}
