/**
 * The graph by keyboard, for every page that draws through the render view. The canvas container takes focus
 * (Tab reaches it like any control) and then:
 *   arrows        move to the nearest neighbour in that direction (on screen), else the nearest node that way
 *   Tab/Shift+Tab visit the neighbours of the node where the cycle began, clockwise as drawn, reading out the
 *                 link walked along ("Collaboration with A: 3 shared works, 1993–1995, topics: …")
 *   Enter/Space   open the node (the page's click action: a card, the explorer's details)
 *   Shift+Enter   add the node to the selection (the explorer's multi-selection; as shift-click)
 *   E             expand the node (pages that can, i.e. the explorer)
 *   Escape        leave the graph: the focus ring goes and the next Tab moves on to the next control
 * Each move is read out by a polite live region next to the canvas ("S.Shelah, researcher, 135 works…").
 * Render-less: it decides which node has keyboard focus and tells the view, which draws the ring.
 */
import {
  clockwiseOrder,
  cycle,
  describeNode,
  nearestInDirection,
  type Direction,
  type ScreenPoint,
} from "./keyboard-nav.ts";
import type { ResearchGraph } from "./types.ts";

export interface GraphKeyboardOptions {
  container: HTMLElement;
  graph: ResearchGraph;
  /** Where a node is drawn (viewport pixels relative to the container), or null when it is not drawn. */
  screenPoint(node: string): { x: number; y: number } | null;
  /** Where keyboard focus starts: the slice's focus, else the biggest node. */
  startNode(): string | null;
  /**
   * Draws (or clears) the focus ring and the neighbourhood highlight; `from` is the node whose neighbours Tab is
   * visiting (the link between them is the one walked along), else null.
   */
  setFocused(node: string | null, from: string | null): void;
  /** Words for the link walked along from `from` to `to` (Tab), or null when there is nothing to say. */
  describeLink?(from: string, to: string): string | null;
  /** Brings the node into view if it is off screen. */
  reveal(node: string): void;
  /** `additive`: Shift was held (Shift+Enter adds the node to a multi-selection where the page has one). */
  activate?(node: string, additive: boolean): void;
  /** Expands a node; when it settles the node is read again (with its new neighbour count). */
  expand?(node: string): Promise<void> | void;
  /** What the container is, for screen readers ("Research graph around Xia Song"). */
  label: string;
}

export interface GraphKeyboard {
  focused(): string | null;
  /** The live region's element (tests read it; it sits right after the canvas container). */
  announcer: HTMLElement;
  announce(text: string): void;
  kill(): void;
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

export const KEYBOARD_HELP =
  "Arrow keys move between neighbours, Tab cycles the neighbours, Enter opens a node, Escape leaves the graph.";

export function bindGraphKeyboard(options: GraphKeyboardOptions): GraphKeyboard {
  const { container, graph } = options;
  const announcer = document.createElement("div");
  announcer.className = "visually-hidden graph-announcer";
  announcer.setAttribute("role", "status");
  announcer.setAttribute("aria-live", "polite");
  announcer.dataset.graphAnnouncer = "";
  container.insertAdjacentElement("afterend", announcer);
  const help = document.createElement("p");
  help.className = "visually-hidden";
  help.id = `graph-help-${Math.random().toString(36).slice(2, 9)}`;
  help.textContent = options.expand
    ? `${KEYBOARD_HELP} E expands a node; Shift+Enter adds it to the selection.`
    : KEYBOARD_HELP;
  announcer.insertAdjacentElement("afterend", help);

  container.tabIndex = 0;
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "graph");
  container.setAttribute("aria-label", options.label);
  container.setAttribute("aria-describedby", help.id);

  let current: string | null = null;
  /** The node whose neighbours Tab cycles through; reset by any other move. */
  let anchor: string | null = null;

  const drawn = (node: string) => graph.hasNode(node) && options.screenPoint(node) !== null;
  const pointsOf = (nodes: Iterable<string>): ScreenPoint[] => {
    const points: ScreenPoint[] = [];
    for (const key of nodes) {
      const point = graph.hasNode(key) ? options.screenPoint(key) : null;
      if (point) points.push({ key, ...point });
    }
    return points;
  };
  const shownNeighbours = (node: string) => pointsOf(graph.neighbors(node));

  const announce = (text: string) => {
    // Replacing the text node makes screen readers read a repeated sentence again.
    announcer.textContent = text;
  };
  const describe = (node: string) => describeNode(graph.getNodeAttributes(node), shownNeighbours(node).length);

  const moveTo = (node: string, keepAnchor = false) => {
    current = node;
    if (!keepAnchor) anchor = null;
    const from = anchor !== null && anchor !== node ? anchor : null;
    options.setFocused(node, from);
    options.reveal(node);
    const link = from === null ? null : (options.describeLink?.(from, node) ?? null);
    announce(link === null ? describe(node) : `${describe(node)}. ${link}`);
  };
  const leave = (message: string | null) => {
    current = null;
    anchor = null;
    options.setFocused(null, null);
    if (message) announce(message);
  };

  const onFocus = () => {
    // Keyboard focus only: a mouse click on the canvas focuses the container too, without wanting a ring.
    if (!container.matches(":focus-visible") || current !== null) return;
    const start = options.startNode();
    if (start && drawn(start)) moveTo(start);
  };
  const onBlur = () => leave(null);

  const onKey = (event: KeyboardEvent) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    if (current !== null && !drawn(current)) leave(null); // collapsed, filtered or undone meanwhile
    const direction = ARROWS[event.key];
    let handled = true;
    if (direction) {
      if (current === null) {
        const start = options.startNode();
        if (start && drawn(start)) moveTo(start);
      } else {
        const from = options.screenPoint(current)!;
        const others = () => pointsOf(graph.nodes()).filter((p) => p.key !== current);
        const next =
          nearestInDirection(from, shownNeighbours(current), direction) ??
          nearestInDirection(from, others(), direction);
        if (next) moveTo(next);
        else announce(`No node ${direction === "up" || direction === "down" ? direction : `to the ${direction}`}.`);
      }
    } else if (event.key === "Tab" && current !== null) {
      anchor ??= current;
      const ring = clockwiseOrder(options.screenPoint(anchor)!, shownNeighbours(anchor));
      const next = cycle(ring, current === anchor ? null : current, event.shiftKey ? -1 : 1);
      if (next) moveTo(next, true);
      else handled = false; // no neighbour: let Tab move on
    } else if ((event.key === "Enter" || event.key === " ") && current !== null) {
      options.activate?.(current, event.shiftKey);
    } else if ((event.key === "e" || event.key === "E") && current !== null && options.expand) {
      const node = current;
      announce(`Expanding ${graph.getNodeAttribute(node, "label")}…`);
      void Promise.resolve(options.expand(node)).then(() => {
        if (current === node && graph.hasNode(node)) announce(`Expanded. ${describe(node)}`);
      });
    } else if (event.key === "Escape" && current !== null) {
      leave("Left the graph. Tab moves to the next control; arrow keys enter the graph again.");
    } else {
      handled = false;
    }
    if (!handled) return;
    event.preventDefault();
    // The explorer's page-wide shortcuts (E, Escape) must not act a second time on the selection.
    event.stopPropagation();
  };

  container.addEventListener("focus", onFocus);
  container.addEventListener("blur", onBlur);
  container.addEventListener("keydown", onKey);
  return {
    focused: () => current,
    announcer,
    announce,
    kill: () => {
      container.removeEventListener("focus", onFocus);
      container.removeEventListener("blur", onBlur);
      container.removeEventListener("keydown", onKey);
      announcer.remove();
      help.remove();
    },
  };
}
