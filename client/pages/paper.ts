/** /papers/<id>: a paper with its authors, topics, abstract, references, citations and a graph slice around it. */
import "../styles/graph.css";
import "../styles/detail.css";
import "../styles/detail-cards.css";
import "../styles/paper.css";
import "../styles/graph-edges.css";
import "../styles/paper-graph.css";
import { api } from "../api.ts";
import type { Route } from "../router.ts";
import { mountDetailPage } from "../ui/detail-page.ts";
import { h } from "../ui/dom.ts";
import { graphPanel } from "../ui/graph-panel.ts";
import { historyChart } from "../ui/history-chart.ts";
import { GRAPH_YEAR_EVENT } from "../ui/graph-years.ts";
import { pageFrame } from "../ui/site-header.ts";
import { paperHeader } from "./paper/header.ts";
import { citationsCard, glanceCard } from "./paper/sections.ts";
import { citationGraph } from "./paper/citation-graph.ts";

export function mount(root: HTMLElement, route: Route): () => void {
  if (route.page !== "paper") throw new Error("paper: mounted on a non-paper route");
  const main = pageFrame(root, "paper");
  return mountDetailPage({
    main,
    noun: "Paper",
    id: route.id,
    loadingText: "Loading the paper…",
    fetch: (signal) => api.paper(route.id, signal),
    render: (paper, cleanups) => {
      document.title = `${paper.title} · Research Graph Explorer`;
      // A paper in citations gets its citation graph (references left, citing works right, ranked); one without
      // them its context (authors, topics, venue).
      const cited = paper.referencesCount + paper.citedByCount > 0;
      const graph = cited
        ? citationGraph(paper)
        : graphPanel({
            eyebrow: "Research graph",
            title: "See the paper in context",
            description: "Its authors, topics, and the works it cites and that cite it.",
            slice: { focus: paper.key, depth: 1 },
            subject: "this paper",
          });
      const history = historyChart({ kind: "papers", id: paper.id, onYear: (year) => graph.showYear(year) });
      graph.element.addEventListener(GRAPH_YEAR_EVENT, (event) => history.select((event as CustomEvent).detail));
      cleanups.push(graph.destroy, history.abort);
      main.replaceChildren(
        paperHeader(paper),
        h(
          "div",
          { class: "detail-layout" },
          h("div", { class: "detail-lead" }, glanceCard(paper)),
          h(
            "div",
            { class: "detail-main" },
            graph.element,
            history.element,
            citationsCard("references", paper.references, paper.referencesCount),
            citationsCard("cited-by", paper.citedBy, paper.citedByCount),
          ),
        ),
      );
    },
  });
}
