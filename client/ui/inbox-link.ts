/**
 * The header's "Inbox" link with the number of unread items (pending invites + unread messages, from GET /api/me),
 * shown to signed-in users only; the count is words for screen readers ("2 unread"), a badge for the eye.
 */
import { currentSession, onSessionChange, type Me } from "../session.ts";
import "../styles/account.css";
import { h } from "./dom.ts";

/** What waits for the user in the inbox: invites to answer and messages not yet read. */
export function unreadCount(me: Me): number {
  return me.unreadInvites + me.unreadMessages;
}

export function inboxLink(): HTMLElement {
  const link = h("a", { href: "/inbox", class: "site-nav__inbox", hidden: true }, "Inbox");
  const render = (me: Me | null) => {
    link.hidden = me === null;
    const count = me ? unreadCount(me) : 0;
    link.replaceChildren("Inbox");
    if (count > 0) {
      link.append(
        h(
          "span",
          { class: "site-nav__count", "data-unread": count },
          h("span", { "aria-hidden": "true" }, String(count)),
          h("span", { class: "visually-hidden" }, ` ${count} unread`),
        ),
      );
    }
  };
  currentSession().then(render, () => render(null));
  onSessionChange(render);
  return link;
}
