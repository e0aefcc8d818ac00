/** Placeholder until the page lands (see the issues); it says so instead of pretending. */
import type { Route } from "../router.ts";

export function mount(root: HTMLElement, _route: Route): void {
  root.textContent = "This page is not built yet.";
}
