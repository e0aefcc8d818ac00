/**
 * /inbox: invites to answer and the conversations accepted invites opened. `?c=<id>` opens one conversation (kept in
 * the URL so a reload or a shared link lands on it). Signed out, it says so and links to sign-in.
 */
import "../styles/collaboration.css";
import "../styles/inbox.css";
import { ApiError } from "../api.ts";
import { collaborationApi, type Invite } from "../collaboration-api.ts";
import { refreshSession, signInPath } from "../session.ts";
import type { Route } from "../router.ts";
import { h, replace } from "../ui/dom.ts";
import { pageFrame } from "../ui/site-header.ts";
import { errorState, loadingState } from "../ui/states.ts";
import { conversationList } from "./inbox/conversations.ts";
import { invitesSection } from "./inbox/invites.ts";
import { thread } from "./inbox/thread.ts";

function selectedFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get("c");
}

function signedOut(): HTMLElement[] {
  return [
    h("h1", {}, "Inbox"),
    h(
      "section",
      { class: "card state state--page" },
      h("h2", { class: "state__title" }, "Sign in to see your inbox"),
      h("p", {}, "Invites and conversations with other researchers appear here once you are signed in."),
      h("a", { class: "button button--primary", href: signInPath("/inbox") }, "Sign in"),
    ),
  ];
}

export function mount(root: HTMLElement, _route: Route): () => void {
  const main = pageFrame(root, "inbox");
  document.title = "Inbox · Research Graph Explorer";
  const controller = new AbortController();
  let selected = selectedFromUrl();
  const invitesSlot = h("div");
  const listSlot = h("div", { class: "inbox-conversations__list" });
  const threadSlot = h("div", { class: "inbox-conversations__thread" });

  const openThread = (id: string | null, focus = false) => {
    selected = id;
    const url = id ? `/inbox?c=${encodeURIComponent(id)}` : "/inbox";
    window.history.replaceState(null, "", url);
    if (!id) return void replace(threadSlot, h("p", { class: "muted" }, "Choose a conversation to read it."));
    replace(threadSlot, loadingState("Loading the conversation…"));
    collaborationApi
      .messages(id, controller.signal)
      .then((data) => {
        const actions = { left: () => void load(null).catch(failed), sent: () => void refreshList().catch(() => null) };
        replace(threadSlot, thread(data, actions));
        // Reading marked it read on the server: the header's unread count follows.
        void refreshSession().catch(() => null);
        if (focus) threadSlot.querySelector<HTMLElement>("#thread-title")?.setAttribute("tabindex", "-1");
        if (focus) threadSlot.querySelector<HTMLElement>("#thread-title")?.focus();
        return refreshList();
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          replace(
            threadSlot,
            errorState(error, () => openThread(id)),
          );
      });
  };

  const refreshList = async () => {
    const conversations = await collaborationApi.conversations(controller.signal);
    replace(
      listSlot,
      conversationList(conversations, selected, (id) => openThread(id, true)),
    );
  };

  const load = async (open: string | null) => {
    const [invites, conversations] = await Promise.all([
      collaborationApi.invites(controller.signal),
      collaborationApi.conversations(controller.signal),
    ]);
    const answered = (invite: Invite) => {
      void refreshSession().catch(() => null);
      load(invite.conversationId ?? selected).catch(failed);
    };
    const canOpen = (id: string) => conversations.items.some((item) => item.id === id);
    replace(invitesSlot, invitesSection(invites, { answered, canOpen }));
    replace(
      listSlot,
      conversationList(conversations, open, (id) => openThread(id, true)),
    );
    openThread(open && conversations.items.some((item) => item.id === open) ? open : null);
  };

  const failed = (error: unknown) => {
    if (controller.signal.aborted) return;
    if (error instanceof ApiError && error.code === "RGE_UNAUTHENTICATED") replace(main, ...signedOut());
    else
      replace(
        main,
        errorState(error, () => window.location.reload(), { page: true }),
      );
  };

  replace(main, loadingState("Loading your inbox…"));
  load(selected)
    .then(() => {
      replace(
        main,
        h("h1", {}, "Inbox"),
        invitesSlot,
        h(
          "section",
          { class: "card inbox-conversations", "aria-labelledby": "conversations-title" },
          h("h2", { id: "conversations-title" }, "Conversations"),
          h("div", { class: "inbox-conversations__body" }, listSlot, threadSlot),
        ),
      );
    })
    .catch(failed);
  return () => controller.abort();
}
