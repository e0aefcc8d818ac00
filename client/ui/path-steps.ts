/**
 * A found path as readable steps: "A co-wrote *Title* (1994) with B", "…who co-wrote *Title* (1996) with C", … Names
 * and titles link to their pages. Built from the answer alone (its hops and its graph's node labels).
 */
import type { PathResult } from "../api.ts";
import type { PathHop } from "../../contract/schemas/graph.ts";
import { h, type Child } from "./dom.ts";
import { formatNumber } from "./format.ts";
import { nodeHref } from "./links.ts";

type Labels = ReadonlyMap<string, { label: string; year: number | null; kind: string }>;

/** Node key → what a sentence shows of it. */
export function pathLabels(result: PathResult): Labels {
  return new Map(
    result.graph.nodes.map((node) => [
      node.key,
      { label: node.attributes.label, year: node.attributes.year ?? null, kind: node.attributes.kind },
    ]),
  );
}

function nodeLink(key: string, labels: Labels): HTMLElement {
  const node = labels.get(key);
  const text = node?.label ?? key;
  if (node?.kind !== "paper") return h("a", { href: nodeHref(key), "data-path-node": key }, text);
  return h(
    "span",
    {},
    h("a", { href: nodeHref(key), "data-path-node": key }, h("cite", {}, text)),
    node.year ? ` (${node.year})` : "",
  );
}

/** The verb phrase of a hop read from `from` to `to`, around the two node links. */
function hopPhrase(hop: PathHop, labels: Labels): Child[] {
  const to = nodeLink(hop.to, labels);
  switch (hop.kind) {
    case "coauthor": {
      if (!hop.shared) return ["co-wrote with ", to];
      const work = h("a", { href: nodeHref(hop.shared.work.key) }, h("cite", {}, hop.shared.work.title));
      const year = hop.shared.work.year ? ` (${hop.shared.work.year})` : "";
      const more = hop.shared.count > 1 ? ` — their earliest of ${formatNumber(hop.shared.count)} shared works` : "";
      return ["co-wrote ", work, `${year}${more} with `, to];
    }
    case "authored":
      return hop.forward ? ["wrote ", to] : ["was written by ", to];
    case "cites":
      return hop.forward ? ["cites ", to] : ["is cited by ", to];
    case "works_on":
      return hop.forward ? ["works on ", to] : ["is a topic of ", to];
    case "has_topic":
      return hop.forward ? ["is about ", to] : ["includes ", to];
    case "affiliated_with":
      return hop.forward ? ["is affiliated with ", to] : ["is the institution of ", to];
    case "published_in":
      return hop.forward ? ["appeared in ", to] : ["published ", to];
  }
}

/** The steps of path `index` as an ordered list: the first names its subject, the others go on with "who"/"which". */
export function pathSteps(result: PathResult, index: number): HTMLElement {
  const labels = pathLabels(result);
  const hops = result.hops[index] ?? [];
  return h(
    "ol",
    { class: "path-steps", "data-path-steps": String(index) },
    hops.map((hop, position) => {
      const subject: Child =
        position === 0 ? nodeLink(hop.from, labels) : labels.get(hop.from)?.kind === "person" ? "who" : "which";
      const end = position === hops.length - 1 ? "." : ",";
      return h("li", { "data-hop-kind": hop.kind }, subject, " ", ...hopPhrase(hop, labels), end);
    }),
  );
}
