/**
 * The header's account area: "Sign in" (back to this page afterwards) when signed out; signed in, a disclosure
 * button with the user's name that opens their links (client/ui/account-links.ts) and "Sign out". Keyboard: Enter or
 * Space opens, Tab walks the links, Escape closes and returns to the button.
 */
import "../styles/account.css";
import { api } from "../api.ts";
import { currentSession, onSessionChange, refreshSession, signInPath, type Me } from "../session.ts";
import { ACCOUNT_LINKS } from "./account-links.ts";
import { h, uid } from "./dom.ts";
import { unreadCount } from "./inbox-link.ts";

/** How the user is named in the header: their email, else their ORCID iD. */
export function accountName(me: Me): string {
  return me.user.email ?? (me.user.orcid ? `ORCID ${me.user.orcid}` : "Account");
}

function signedOut(): HTMLElement | null {
  // On the sign-in page itself the link would lead nowhere new.
  if (window.location.pathname === "/sign-in") return null;
  return h("a", { class: "button site-account__sign-in", href: signInPath() }, "Sign in");
}

function signedIn(me: Me): HTMLElement {
  const panelId = uid("account-menu");
  const button = h(
    "button",
    { class: "site-account__button", type: "button", "aria-expanded": "false", "aria-controls": panelId },
    h("span", { class: "visually-hidden" }, "Account menu for "),
    h("span", { class: "site-account__name" }, accountName(me)),
    unreadCount(me) > 0 ? h("span", { class: "site-account__badge", "aria-hidden": "true" }, unreadCount(me)) : null,
  );
  const signOut = h("button", { class: "site-account__item", type: "button" }, "Sign out");
  const links = ACCOUNT_LINKS.filter((link) => link.when?.(me) ?? true).map((link) => {
    const count = link.count?.(me) ?? 0;
    return h(
      "li",
      {},
      h(
        "a",
        { class: "site-account__item", href: link.href },
        link.label,
        count > 0 ? h("span", { class: "site-account__count" }, ` (${count})`) : null,
      ),
    );
  });
  const panel = h(
    "div",
    { class: "site-account__panel", id: panelId, hidden: true },
    h("p", { class: "site-account__who small muted" }, "Signed in as ", h("strong", {}, accountName(me))),
    h("ul", { class: "site-account__list" }, links, h("li", {}, signOut)),
  );
  const root = h("div", { class: "site-account", "data-state": "signed-in" }, button, panel);
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  };
  button.addEventListener("click", () => setOpen(panel.hidden));
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden) return;
    setOpen(false);
    button.focus();
  });
  document.addEventListener("click", (event) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  });
  root.addEventListener("focusout", (event) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) setOpen(false);
  });
  signOut.addEventListener("click", () => {
    signOut.setAttribute("aria-disabled", "true");
    void api
      .signOut()
      .catch(() => null)
      .then(() => refreshSession())
      .then(() => window.location.assign("/"));
  });
  return root;
}

/** The account area of the header; it fills itself once the session is known and follows its changes. */
export function accountMenu(): HTMLElement {
  const slot = h("div", { class: "site-account-slot", "data-state": "loading" });
  const render = (me: Me | null) => {
    slot.dataset.state = me ? "signed-in" : "signed-out";
    slot.replaceChildren(...[me ? signedIn(me) : signedOut()].filter((child) => child !== null));
  };
  currentSession().then(render, () => render(null));
  onSessionChange(render);
  return slot;
}
