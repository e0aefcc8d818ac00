/** The not-found page for unknown client routes. */
import type { Route } from "../router.ts";
import { pageFrame } from "../ui/site-header.ts";
import { notFoundState } from "../ui/states.ts";

export function mount(root: HTMLElement, route: Route): void {
  const path = route.page === "not-found" ? route.path : window.location.pathname;
  document.title = "Page not found · Research Graph Explorer";
  const main = pageFrame(root, "not-found-page");
  main.dataset.state = "not-found";
  main.append(notFoundState("Page", `Nothing lives at ${path}.`));
}
