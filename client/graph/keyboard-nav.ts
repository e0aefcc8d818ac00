/**
 * Walking the graph by keyboard, as pure functions of screen positions and graph facts: which node an arrow key
 * moves to, which neighbour Tab reaches next, and what the live region says about a node. The render view
 * (graph-keyboard.ts) feeds them what Sigma draws; tests feed them plain points.
 */
import { KIND_LABELS } from "./style.ts";
import type { NodeKind } from "./types.ts";

export type Direction = "up" | "down" | "left" | "right";

/** A node where it is drawn, in viewport pixels (y grows downwards, as on screen). */
export interface ScreenPoint {
  key: string;
  x: number;
  y: number;
}

const UNIT: Readonly<Record<Direction, { x: number; y: number }>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** Off-axis pixels count this much more than pixels along the arrow: "right" prefers what is level with you. */
const OFF_AXIS_WEIGHT = 2;

/**
 * The candidate the arrow points at: among those ahead of `from` within 45° of the arrow's direction, the one
 * with the smallest distance along the arrow plus twice the distance off it; null when nothing lies that way.
 */
export function nearestInDirection(
  from: Pick<ScreenPoint, "x" | "y">,
  candidates: readonly ScreenPoint[],
  direction: Direction,
): string | null {
  const unit = UNIT[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    if (along <= 0 || across > along) continue;
    const score = along + OFF_AXIS_WEIGHT * across;
    if (score < bestScore || (score === bestScore && best !== null && candidate.key < best)) {
      best = candidate.key;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Neighbours in the order Tab visits them: clockwise around the centre node as drawn, starting at twelve o'clock,
 * so the order matches what a sighted user sees.
 */
export function clockwiseOrder(centre: Pick<ScreenPoint, "x" | "y">, points: readonly ScreenPoint[]): string[] {
  const angle = (p: ScreenPoint) => {
    // atan2 with y down: 0 at twelve o'clock, growing clockwise, in [0, 2π).
    const a = Math.atan2(p.x - centre.x, centre.y - p.y);
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return [...points].sort((a, b) => angle(a) - angle(b) || a.key.localeCompare(b.key)).map((p) => p.key);
}

/**
 * The next item of a ring after `current` (`step` 1) or before it (-1). When `current` is not in the ring, Tab
 * starts at the first item and Shift+Tab at the last. Null for an empty ring.
 */
export function cycle(ring: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ring.length === 0) return null;
  const index = current === null ? -1 : ring.indexOf(current);
  if (index < 0) return step === 1 ? ring[0]! : ring[ring.length - 1]!;
  return ring[(index + step + ring.length) % ring.length]!;
}

/** What the announcer needs of a node: the data graph's attributes (any may be missing or null). */
export interface AnnouncedNode {
  kind: NodeKind;
  label: string;
  worksCount?: number | null;
  citationCount?: number | null;
  peopleCount?: number | null;
  coauthorCount?: number | null;
  year?: number | null;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
const known = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);

/**
 * One sentence for the live region: "S.Shelah, researcher, 135 works, 56 co-authors; 12 neighbours shown". The
 * facts are the node's own (whole-graph counts from the API); the last part is what the view shows around it.
 */
export function describeNode(node: AnnouncedNode, neighboursShown: number): string {
  const facts: string[] = [];
  if (node.kind === "paper") {
    if (known(node.year)) facts.push(String(node.year));
    if (known(node.citationCount)) facts.push(count(node.citationCount, "citation"));
  } else {
    if (known(node.worksCount)) facts.push(count(node.worksCount, "work"));
    if (node.kind === "person" && known(node.coauthorCount)) facts.push(count(node.coauthorCount, "co-author"));
    if (node.kind !== "person" && known(node.peopleCount)) facts.push(count(node.peopleCount, "researcher"));
  }
  const head = [node.label, KIND_LABELS[node.kind].toLowerCase(), ...facts].join(", ");
  return `${head}; ${count(neighboursShown, "neighbour")} shown`;
}
