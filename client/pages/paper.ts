/** /papers/<id>: a paper with its authors, topics, abstract, references, citations and a graph slice around it. */
import "../styles/graph.css";
import "../styles/detail.css";
import { api, ApiError, type Paper } from "../api.ts";
import type { Route } from "../router.ts";
import { h } from "../ui/dom.ts";
import { graphPanel } from "../ui/graph-panel.ts";
import { pageFrame } from "../ui/site-header.ts";
import { errorState, loadingState, notFoundState } from "../ui/states.ts";
import { paperHeader } from "./paper/header.ts";
import { citationsCard, glanceCard } from "./paper/sections.ts";

export function mount(root: HTMLElement, route: Route): () => void {
  if (route.page !== "paper") throw new Error("paper: mounted on a non-paper route");
  const id = route.id;
  const main = pageFrame(root, "paper");
  const cleanups: (() => void)[] = [];
  let controller = new AbortController();

  const render = (paper: Paper) => {
    document.title = `${paper.title} · Research Graph Explorer`;
    const graph = graphPanel({
      eyebrow: "Research graph",
      title: "See the paper in context",
      description: "Its authors, topics, and the works it cites and that cite it.",
      slice: { focus: paper.key, depth: 1 },
      subject: "this paper",
    });
    cleanups.push(graph.destroy);
    main.replaceChildren(
      paperHeader(paper),
      h(
        "div",
        { class: "detail-layout" },
        h(
          "div",
          { class: "detail-main" },
          graph.element,
          citationsCard("references", paper.references, paper.referencesCount),
          citationsCard("cited-by", paper.citedBy, paper.citedByCount),
        ),
        h("div", { class: "detail-side" }, glanceCard(paper)),
      ),
    );
    main.dataset.state = "ready";
  };

  const load = () => {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    main.dataset.state = "loading";
    main.replaceChildren(loadingState("Loading the paper…"));
    api
      .paper(id, signal)
      .then(render)
      .catch((error: unknown) => {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.isNotFound) {
          document.title = "Paper not found · Research Graph Explorer";
          main.dataset.state = "not-found";
          main.replaceChildren(notFoundState("Paper", `No paper with the id “${id}” is in the research graph.`));
          return;
        }
        main.dataset.state = "error";
        main.replaceChildren(errorState(error, load, { page: true }));
      });
  };

  load();
  return () => {
    controller.abort();
    cleanups.forEach((cleanup) => cleanup());
  };
}
