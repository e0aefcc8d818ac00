/** Loading, error and not-found states, shared so every page fails the same honest way. */
import { ApiError } from "../api.ts";
import { h } from "./dom.ts";

export function loadingState(message: string): HTMLElement {
  return h(
    "div",
    { class: "state", role: "status", "aria-live": "polite" },
    h("div", { class: "spinner" }),
    h("p", {}, message),
  );
}

/** Why a request failed, in words a visitor can act on. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    if (error.code === "RGE_NETWORK") {
      return { title: "The server could not be reached", detail: "Check your connection, then try again." };
    }
    if (error.code === "RGE_GRAPH_UNAVAILABLE") {
      return {
        title: "The research graph is unavailable",
        detail: "The database is not answering right now. Try again in a moment.",
      };
    }
    if (error.code === "RGE_QUERY_TIMEOUT") {
      return {
        title: "This took too long",
        detail: "The graph query ran over its time budget. Try again, or narrow the request.",
      };
    }
    return { title: "Something went wrong", detail: error.message };
  }
  return { title: "Something went wrong", detail: error instanceof Error ? error.message : String(error) };
}

/** An error message with a Retry button (for 5xx, timeouts and network failures). */
export function errorState(error: unknown, retry?: () => void, options: { page?: boolean } = {}): HTMLElement {
  const { title, detail } = describeError(error);
  const retryable = !(error instanceof ApiError) || error.isRetryable;
  return h(
    "div",
    { class: `state state--error${options.page ? " state--page" : ""}`, role: "alert" },
    // A page-wide error is the page's heading; inside a panel it is a line of that panel.
    h(options.page ? "h1" : "p", { class: "state__title" }, title),
    h("p", {}, detail),
    retry && retryable
      ? h("button", { class: "button button--primary", type: "button", onclick: () => retry() }, "Retry")
      : null,
  );
}

export function notFoundState(what: string, detail: string): HTMLElement {
  return h(
    "div",
    { class: "state state--page not-found", "data-state": "not-found" },
    h("p", { class: "eyebrow" }, "404"),
    h("h1", {}, `${what} not found`),
    h("p", {}, detail),
    h("p", {}, h("a", { class: "button button--primary", href: "/" }, "Search the research graph")),
  );
}
