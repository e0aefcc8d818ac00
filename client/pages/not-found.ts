/** The not-found page for unknown client routes. */
import type { Route } from "../router.ts";

export function mount(root: HTMLElement, route: Route): void {
  const path = route.page === "not-found" ? route.path : window.location.pathname;
  root.innerHTML = `<main class="not-found"><h1>Page not found</h1><p></p><p><a href="/">Search the research graph</a></p></main>`;
  root.querySelector("p")!.textContent = `Nothing lives at ${path}.`;
}
