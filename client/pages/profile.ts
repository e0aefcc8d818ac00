/** /people/<id>: the researcher profile with its embedded research-graph slice. */
import "../styles/graph.css";
import "../styles/detail.css";
import "../styles/detail-cards.css";
import "../styles/collaboration.css";
import "../styles/graph-edges.css";
import { api, type Person } from "../api.ts";
import type { Slice } from "../api.ts";
import { nodeKey } from "../graph/types.ts";
import { personPath, type Route } from "../router.ts";
import { h } from "../ui/dom.ts";
import { formatNumber } from "../ui/format.ts";
import { graphPanel } from "../ui/graph-panel.ts";
import { historyChart } from "../ui/history-chart.ts";
import { GRAPH_YEAR_EVENT } from "../ui/graph-years.ts";
import { pageFrame } from "../ui/site-header.ts";
import { mountDetailPage } from "../ui/detail-page.ts";
import { currentSession, type Me } from "../session.ts";
import { connectCard } from "./profile/connect.ts";
import { collaborationCard } from "./profile/collaboration.ts";
import { pathCard } from "./profile/path-card.ts";
import { profileHeader } from "./profile/header.ts";
import { collaboratorsCard, topicsCard } from "./profile/network.ts";
import { suggestedCard } from "./profile/suggested.ts";
import { teamTrayCard } from "./profile/team-tray.ts";
import { trustSnapshot } from "./profile/trust.ts";
import { worksCard } from "./profile/works.ts";

export function mount(root: HTMLElement, route: Route): () => void {
  if (route.page !== "person") throw new Error("profile: mounted on a non-person route");
  const id = route.id;
  const main = pageFrame(root, "profile");
  let slice: Promise<Slice> | undefined;
  return mountDetailPage<{ person: Person; viewer: Me | null }>({
    main,
    noun: "Researcher",
    id,
    loadingText: "Loading the profile…",
    fetch: (signal) => {
      // The slice is the slowest request: start it with the profile's, not after it (again on every retry).
      slice = api.slice({ focus: nodeKey("person", id), depth: 1 }, signal);
      slice.catch(() => {}); // Reported by the graph panel if used; ignored if the profile turns out not to exist.
      // Signed out is a state, not a failure: a broken /api/me leaves the page readable, without the write controls.
      return Promise.all([api.person(id, signal), currentSession().catch(() => null)]).then(([person, viewer]) => ({
        person,
        viewer,
      }));
    },
    render: ({ person, viewer }, cleanups) => {
      document.title = `${person.name} · Research Graph Explorer`;
      const graph = graphPanel({
        eyebrow: "Research graph",
        title: "See the researcher in context",
        description: "Adjacent papers, co-authors, topics and institutions, without leaving the profile.",
        slice: { focus: person.key, depth: 1 },
        subject: person.name,
        prefetched: person.key === nodeKey("person", id) ? slice : undefined,
      });
      slice = undefined;
      const suggested = suggestedCard(person.id, person.name);
      const works = worksCard(person.id, person.counts.works);
      const collaboration = collaborationCard(person, viewer);
      const paths = pathCard(person, viewer, graph);
      // Clicking a year in the history shows that year in the graph (the same year filter as the playback).
      const history = historyChart({ kind: "people", id: person.id, onYear: (year) => graph.showYear(year) });
      graph.element.addEventListener(GRAPH_YEAR_EVENT, (event) => history.select((event as CustomEvent).detail));
      const team = teamTrayCard(person);
      cleanups.push(
        graph.destroy,
        suggested.abort,
        works.abort,
        collaboration.abort,
        paths.abort,
        history.abort,
        team.destroy,
      );
      main.replaceChildren(
        profileHeader(person),
        // DOM order is reading order: trust snapshot, follow and claim, direct collaboration, graph, works, then the
        // side cards (detail.css places them).
        h(
          "div",
          { class: "detail-layout" },
          h(
            "div",
            { class: "detail-lead" },
            trustSnapshot(person),
            connectCard({
              person,
              viewer,
              path: personPath(person.id),
              // The simplest honest redraw: status, level and trust all come from a fresh profile.
              reload: () => window.location.reload(),
              onFollowers: (followers) => {
                const stat = main.querySelector("[data-stat=followers] .stat__value");
                if (stat) stat.textContent = formatNumber(followers);
              },
            }),
            collaboration.element,
            team.element,
          ),
          h("div", { class: "detail-main" }, graph.element, history.element, paths.element, works.element),
          h("div", { class: "detail-side" }, topicsCard(person), collaboratorsCard(person), suggested.element),
        ),
      );
    },
  });
}
