/** Entry point: picks the page for the URL and mounts it. Pages are loaded on demand so each stays small. */
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/controls.css";
import "./styles/feedback.css";
import "./styles/kinds.css";
import "./styles/search.css";
import { matchRoute, type Route } from "./router.ts";

export type MountPage = (root: HTMLElement, route: Route) => (() => void) | void;

async function loadPage(route: Route): Promise<MountPage> {
  switch (route.page) {
    case "home":
      return (await import("./pages/home.ts")).mount;
    case "person":
      return (await import("./pages/profile.ts")).mount;
    case "paper":
      return (await import("./pages/paper.ts")).mount;
    case "explore":
      return (await import("./pages/explorer.ts")).mount;
    case "embed":
      return (await import("./pages/embed.ts")).mount;
    case "sign-in":
      return (await import("./pages/sign-in.ts")).mount;
    case "account":
      return (await import("./pages/account.ts")).mount;
    case "following":
      return (await import("./pages/following.ts")).mount;
    case "moderation":
      return (await import("./pages/moderation.ts")).mount;
    case "inbox":
      return (await import("./pages/inbox.ts")).mount;
    case "import":
      return (await import("./pages/import.ts")).mount;
    case "team":
      return (await import("./pages/team.ts")).mount;
    case "not-found":
      return (await import("./pages/not-found.ts")).mount;
  }
}

const root = document.getElementById("app")!;
const route = matchRoute(window.location.pathname);
void loadPage(route).then((mount) => mount(root, route));
