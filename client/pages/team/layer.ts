/**
 * The team page's layer over the render view: members are the big dark-blue circles, bridges sky-blue circles sized
 * by how many members they connect, shared topics green diamonds (their kind's colour). Pure.
 */
import type { PageLayer } from "../../graph/appearance.ts";
import { KIND_COLORS, MAX_NODE_SIZE, nodeColor, nodeSize } from "../../graph/style.ts";
import type { ResearchGraph } from "../../graph/types.ts";
import type { LegendEntry } from "../../export/snapshot.ts";

/** Bridges borrow the venue colour: no venue is ever drawn on the team page, so the key stays unambiguous. */
export const BRIDGE_COLOR = KIND_COLORS.venue;

export interface TeamRoles {
  members: ReadonlySet<string>;
  /** Bridge key → how many members it connects. */
  bridges: ReadonlyMap<string, number>;
}

export function teamLayer(graph: ResearchGraph, roles: TeamRoles): PageLayer {
  const colors = new Map<string, string>();
  const sizes = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const weight = typeof attributes.weight === "number" ? attributes.weight : 0;
    if (roles.members.has(key)) {
      colors.set(key, KIND_COLORS.person);
      sizes.set(key, MAX_NODE_SIZE);
    } else if (roles.bridges.has(key)) {
      colors.set(key, BRIDGE_COLOR);
      // 2 members connected → 10 px, 12 → 14 px: a visible step per member, members (15 px, selected) stay bigger.
      sizes.set(key, nodeSize("person", 4 * (roles.bridges.get(key) ?? 1)));
    } else {
      colors.set(key, nodeColor(attributes.kind));
      sizes.set(key, nodeSize(attributes.kind, weight));
    }
  });
  return { hiddenNodes: new Set(), hiddenEdges: new Set(), colors, sizes };
}

/** The colour key of the team graph (exports carry it). */
export function teamLegend(): LegendEntry[] {
  return [
    { label: "Members", color: KIND_COLORS.person, count: 0 },
    { label: "Bridges", color: BRIDGE_COLOR, count: 0 },
    { label: "Shared topics", color: KIND_COLORS.topic, count: 0 },
  ];
}
