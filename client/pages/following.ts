/**
 * /following: the researchers the viewer follows, with the works and co-authors imports brought since they last
 * looked. Showing the page is looking: once drawn, it records `asOf` as seen, so the next visit shows only newer news.
 */
import "../styles/following.css";
import { api, type Followed } from "../api.ts";
import type { Route } from "../router.ts";
import { paperPath, personPath } from "../router.ts";
import { h } from "../ui/dom.ts";
import { formatDate } from "../ui/format.ts";
import { pageFrame } from "../ui/site-header.ts";
import { errorState, loadingState } from "../ui/states.ts";
import { currentSession, signInPath } from "../session.ts";

function newsOf(item: Followed): HTMLElement {
  if (item.newWorksTotal === 0 && item.newCoauthorsTotal === 0)
    return h("p", { class: "small muted", "data-news": "none" }, "Nothing new since you last looked.");
  const more = (total: number, shown: number) =>
    total > shown ? h("li", { class: "muted" }, `and ${total - shown} more`) : null;
  return h(
    "div",
    { class: "following__news", "data-news": "new" },
    item.newWorksTotal > 0
      ? h(
          "section",
          { "aria-label": `New works of ${item.person.name}` },
          h("h3", {}, `${item.newWorksTotal} new ${item.newWorksTotal === 1 ? "work" : "works"}`),
          h(
            "ul",
            { "data-new-works": "" },
            item.newWorks.map((work) =>
              h("li", {}, h("a", { href: paperPath(work.id) }, work.title), work.year ? ` (${work.year})` : ""),
            ),
            more(item.newWorksTotal, item.newWorks.length),
          ),
        )
      : null,
    item.newCoauthorsTotal > 0
      ? h(
          "section",
          { "aria-label": `New co-authors of ${item.person.name}` },
          h("h3", {}, `${item.newCoauthorsTotal} new ${item.newCoauthorsTotal === 1 ? "co-author" : "co-authors"}`),
          h(
            "ul",
            { "data-new-coauthors": "" },
            item.newCoauthors.map((person) => h("li", {}, h("a", { href: personPath(person.id) }, person.name))),
            more(item.newCoauthorsTotal, item.newCoauthors.length),
          ),
        )
      : null,
  );
}

function followedCard(item: Followed): HTMLElement {
  return h(
    "li",
    { class: "card following__item", "data-person": item.person.id },
    h("h2", {}, h("a", { href: personPath(item.person.id) }, item.person.name)),
    h("p", { class: "small faint" }, `Following since ${formatDate(item.since)}`),
    newsOf(item),
  );
}

export function mount(root: HTMLElement, _route: Route): () => void {
  const main = pageFrame(root, "following");
  const controller = new AbortController();
  document.title = "Following · Research Graph Explorer";
  const load = async () => {
    main.replaceChildren(loadingState("Loading who you follow…"));
    try {
      const viewer = await currentSession();
      if (!viewer) {
        main.replaceChildren(
          h("h1", {}, "Following"),
          h("p", {}, "Sign in to follow researchers and see what is new in their work."),
          h("a", { class: "button button--primary", href: signInPath("/following") }, "Sign in"),
        );
        return;
      }
      const following = await api.following(controller.signal);
      main.replaceChildren(
        h("h1", {}, "Following"),
        following.items.length === 0
          ? h("p", { "data-following": "empty" }, "You follow nobody yet. Follow researchers from their profiles.")
          : h("ul", { class: "following__list", "data-following": "list" }, following.items.map(followedCard)),
      );
      if (following.items.some((item) => item.newWorksTotal + item.newCoauthorsTotal > 0))
        await api.markFollowingSeen(following.asOf);
    } catch (error) {
      if (controller.signal.aborted) return;
      main.replaceChildren(errorState(error, () => void load(), { page: true }));
    }
  };
  void load();
  return () => controller.abort();
}
