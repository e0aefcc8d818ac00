/**
 * The load → render | not-found | error cycle shared by the detail pages (profile, paper): a loading state, Retry on
 * errors (each attempt aborts the previous one's requests), a proper not-found page, and one cleanup for all of it.
 */
import { ApiError } from "../api.ts";
import { errorState, loadingState, notFoundState } from "./states.ts";

export interface DetailPageOptions<T> {
  main: HTMLElement;
  /** What the page shows, capitalised: "Researcher", "Paper". */
  noun: string;
  id: string;
  loadingText: string;
  /** Starts one attempt's requests; called again by Retry. */
  fetch(signal: AbortSignal): Promise<T>;
  /** Fills `main`; pushes what must be torn down on unmount into `cleanups`. */
  render(data: T, cleanups: (() => void)[]): void;
}

/** Mounts the cycle and returns the page's cleanup. */
export function mountDetailPage<T>(options: DetailPageOptions<T>): () => void {
  const { main, noun, id } = options;
  const cleanups: (() => void)[] = [];
  let controller = new AbortController();

  const load = () => {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    main.dataset.state = "loading";
    main.replaceChildren(loadingState(options.loadingText));
    options
      .fetch(signal)
      .then((data) => {
        options.render(data, cleanups);
        main.dataset.state = "ready";
      })
      .catch((error: unknown) => {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.isNotFound) {
          document.title = `${noun} not found · Research Graph Explorer`;
          main.dataset.state = "not-found";
          main.replaceChildren(
            notFoundState(noun, `No ${noun.toLowerCase()} with the id “${id}” is in the research graph.`),
          );
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
