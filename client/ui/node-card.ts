/** The small card a click on a graph node opens: what the node is, a few facts, and a link to its page. */
import { KIND_LABELS } from "../graph/style.ts";
import type { GraphNodeAttributes, NodeAttributes } from "../graph/types.ts";
import { h } from "./dom.ts";
import { formatNumber, plural, yearRange } from "./format.ts";
import { explorerPath, nodeHref } from "./links.ts";

function facts(attributes: NodeAttributes): string[] {
  const out: string[] = [];
  const num = (name: keyof GraphNodeAttributes) =>
    typeof attributes[name] === "number" ? (attributes[name] as number) : null;
  if (attributes.kind === "paper") {
    if (num("year")) out.push(String(num("year")));
    if (num("citationCount") !== null) out.push(plural(num("citationCount")!, "citation"));
  } else {
    if (num("worksCount") !== null) out.push(plural(num("worksCount")!, "work"));
    if (num("peopleCount") !== null) out.push(plural(num("peopleCount")!, "researcher"));
    const years = yearRange(num("firstYear"), num("lastYear"));
    if (years) out.push(years);
  }
  if (attributes.kind === "topic" && typeof attributes.code === "string") out.push(attributes.code);
  return out;
}

function linkLabel(kind: NodeAttributes["kind"]): string {
  if (kind === "person") return "Open profile";
  if (kind === "paper") return "Open paper";
  return "Open in explorer";
}

/** `neighbours` is the node's degree in the slice, shown as context. */
export function nodeCard(
  key: string,
  attributes: NodeAttributes,
  neighbours: number,
  onClose: () => void,
): HTMLElement {
  const kind = attributes.kind;
  const close = h(
    "button",
    { class: "button icon-button node-card__close", type: "button", "aria-label": "Close", onclick: () => onClose() },
    "×",
  );
  const card = h(
    "div",
    {
      class: `node-card kind-${kind}`,
      role: "dialog",
      "aria-label": `${KIND_LABELS[kind]}: ${attributes.label}`,
      "data-node": key,
    },
    h("div", { class: "node-card__kind" }, h("span", { class: "dot", "aria-hidden": "true" }), KIND_LABELS[kind]),
    close,
    h("p", { class: "node-card__title" }, attributes.label),
    h(
      "p",
      { class: "node-card__facts muted small" },
      [...facts(attributes), `${formatNumber(neighbours)} links here`].join(" · "),
    ),
    h(
      "div",
      { class: "node-card__actions" },
      h("a", { class: "button button--primary", href: nodeHref(key) }, linkLabel(kind)),
      kind === "person" || kind === "paper" ? h("a", { class: "button", href: explorerPath(key) }, "Explore") : null,
    ),
  );
  card.addEventListener("keydown", (event) => {
    if (event.key === "Escape") onClose();
  });
  return card;
}
