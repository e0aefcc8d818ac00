/**
 * /embed?focus=<key>&… : the explorer's state (same URL parameters: steps, filters, encodings, camera) drawn
 * read-only and without chrome, for an <iframe> on another site. The graph is built by the explorer's model and drawn
 * by the one render view with the explorer's page layer; hover highlights, nothing edits. A link opens the same state
 * in the full explorer. The server lets only this path be framed (server/plugins/embed-framing.ts).
 */
import "../styles/embed.css";
import "../styles/graph-edges.css";
import type { Route } from "../router.ts";
import { fromSearch, toSearch } from "../explorer/url-state.ts";
import { h } from "../ui/dom.ts";
import { createEmbedView, type EmbedView } from "./embed/view.ts";

declare global {
  interface Window {
    __rgeEmbed?: EmbedView;
  }
}

export function mount(root: HTMLElement, _route: Route): () => void {
  const state = fromSearch(window.location.search);
  if (!state) {
    root.replaceChildren(
      h(
        "main",
        { class: "embed", "data-state": "error" },
        h("p", { class: "embed__status" }, "No graph: the embed's link names no node (focus=<key>)."),
      ),
    );
    return () => {};
  }
  document.title = "Research graph · Research Graph Explorer";
  document.documentElement.classList.add("embed-root");
  const canvas = h("div", { class: "embed__canvas", role: "img", "aria-label": "Research graph" });
  const legend = h("ul", { class: "embed__legend plain-list", "aria-label": "Colour key" });
  const status = h("p", { class: "embed__status", role: "status", "aria-live": "polite" }, "Loading the graph…");
  const link = h(
    "a",
    {
      class: "embed__link",
      href: new URL(`/explore?${toSearch(state)}`, window.location.origin).href,
      target: "_blank",
      rel: "noopener",
    },
    "Open in the full explorer",
  );
  const main = h("main", { class: "embed", "data-state": "loading" }, canvas, legend, status, link);
  root.replaceChildren(main);
  const embed = createEmbedView(canvas, state, {
    onReady: (label, entries) => {
      canvas.setAttribute("aria-label", `Research graph around ${label}`);
      document.title = `${label} · Research graph`;
      legend.replaceChildren(
        ...entries.map((entry) =>
          h(
            "li",
            { class: "embed__legend-item" },
            h("span", { class: "embed__dot", style: `background:${entry.color}`, "aria-hidden": "true" }),
            `${entry.label} ${entry.count}`,
          ),
        ),
      );
      status.textContent = "";
      main.dataset.state = "ready";
    },
    onError: (message) => {
      status.textContent = message;
      main.dataset.state = "error";
    },
  });
  window.__rgeEmbed = embed;
  return () => {
    embed.kill();
    document.documentElement.classList.remove("embed-root");
    delete window.__rgeEmbed;
  };
}
