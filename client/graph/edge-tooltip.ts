/**
 * The tooltip of the edge under the pointer (or walked along by the keyboard): "A – B" and "n shared works,
 * first–last year, topics". One element inside the canvas container, placed at the edge's middle so it reads the
 * same for the pointer and the keyboard, never taking pointer events. The words come from edge-topics.ts.
 */
import { describeCollaboration } from "./edge-topics.ts";
import type { ResearchGraph } from "./types.ts";

type Point = { x: number; y: number };

export interface EdgeTooltip {
  /** Shows the tooltip of `edge` at its middle, or hides it (null, a hidden end, not a collaboration). */
  place(edge: string | null): void;
  /** The text shown now, "" when hidden (tests read it through the view). */
  text(): string;
  kill(): void;
}

/** The co-author edge between two nodes (either direction), else any edge between them, else null. */
export function linkBetween(graph: ResearchGraph, a: string, b: string): string | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  const edges = graph.edges(a, b).concat(graph.edges(b, a));
  return edges.find((edge) => graph.getEdgeAttribute(edge, "kind") === "coauthor") ?? edges[0] ?? null;
}

/** The live region's words for walking from `from` to `to` along a collaboration, or null for other links. */
export function describeLink(graph: ResearchGraph, from: string, to: string): string | null {
  const edge = linkBetween(graph, from, to);
  const sentence = edge === null ? null : describeCollaboration(graph.getEdgeAttributes(edge));
  return sentence === null ? null : `Collaboration with ${graph.getNodeAttribute(from, "label")}: ${sentence}`;
}

/**
 * `where(node)`: the node's position in the container (null when not drawn); `hidden(edge)`: the page layer hides
 * the edge.
 */
export function createEdgeTooltip(
  container: HTMLElement,
  graph: ResearchGraph,
  where: (node: string) => Point | null,
  hidden: (edge: string) => boolean,
): EdgeTooltip {
  const element = document.createElement("div");
  element.className = "graph-edge-tip";
  element.setAttribute("role", "tooltip");
  element.hidden = true;
  const title = document.createElement("strong");
  const body = document.createElement("span");
  element.append(title, body);
  container.append(element);

  const middle = (edge: string): Point | null => {
    const [a, b] = graph.extremities(edge).map(where);
    return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
  };
  const hide = () => {
    element.hidden = true;
    delete element.dataset.edge;
  };

  return {
    place: (edge) => {
      if (edge === null || !graph.hasEdge(edge) || hidden(edge)) return hide();
      const sentence = describeCollaboration(graph.getEdgeAttributes(edge));
      const point = middle(edge);
      if (sentence === null || point === null) return hide();
      const [source, target] = graph.extremities(edge);
      title.textContent = `${graph.getNodeAttribute(source, "label")} – ${graph.getNodeAttribute(target, "label")}`;
      body.textContent = sentence;
      element.dataset.edge = edge;
      element.hidden = false;
      // Centred above the middle (CSS translate), kept inside the container.
      const { width } = container.getBoundingClientRect();
      const half = Math.min(element.offsetWidth, width) / 2;
      element.style.left = `${Math.max(half + 4, Math.min(width - half - 4, point.x))}px`;
      element.style.top = `${Math.max(element.offsetHeight + 8, point.y - 12)}px`;
    },
    text: () => (element.hidden ? "" : `${title.textContent} ${body.textContent}`),
    kill: () => element.remove(),
  };
}
