/** Maps a URL path to a page. Pure, so it is unit-tested without a browser. */

export type Route =
  | { page: "home" }
  | { page: "person"; id: string }
  | { page: "paper"; id: string }
  | { page: "explore" }
  | { page: "embed" }
  | { page: "sign-in" }
  | { page: "account" }
  | { page: "following" }
  | { page: "moderation" }
  | { page: "inbox" }
  | { page: "import" }
  | { page: "team" }
  | { page: "not-found"; path: string };

/** "/people/arxiv%3AXia%20Song" → { page: "person", id: "arxiv:Xia Song" }. Ids may contain "/" (arXiv ids). */
export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { page: "home" };
  if (path === "/explore") return { page: "explore" };
  if (path === "/embed") return { page: "embed" };
  if (path === "/sign-in") return { page: "sign-in" };
  if (path === "/account") return { page: "account" };
  if (path === "/following") return { page: "following" };
  if (path === "/moderation") return { page: "moderation" };
  if (path === "/inbox") return { page: "inbox" };
  if (path === "/import") return { page: "import" };
  if (path === "/team") return { page: "team" };
  const match = /^\/(people|papers)\/(.+)$/.exec(path);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[2]!);
    } catch {
      return { page: "not-found", path };
    }
    return { page: match[1] === "people" ? "person" : "paper", id };
  }
  return { page: "not-found", path };
}

export function personPath(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}

export function paperPath(id: string): string {
  return `/papers/${encodeURIComponent(id)}`;
}
