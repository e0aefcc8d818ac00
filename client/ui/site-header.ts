/** The sticky header every page shares: brand, search, links (explorer, following, inbox), the account area. */
import { accountMenu } from "./account-menu.ts";
import { h, icon } from "./dom.ts";
import { inboxLink } from "./inbox-link.ts";
import { searchBox } from "./search-box.ts";

const LOGO = `<svg viewBox="0 0 24 24" fill="none"><circle cx="6" cy="7" r="3" fill="#0072b2"/><circle cx="18" cy="6" r="2.5" fill="#009e73"/><circle cx="14" cy="18" r="3.5" fill="#e69f00"/><path d="M8.6 8.4 12.4 15.5M8.9 6.8 15.5 6.2M17.4 8.4 15.3 14.7" stroke="#94a3b8" stroke-width="1.5"/></svg>`;

export function siteHeader(options: { search?: boolean } = {}): HTMLElement {
  return h(
    "header",
    { class: "site-header" },
    h("a", { class: "skip-link", href: "#main" }, "Skip to content"),
    h(
      "div",
      { class: "site-header__inner" },
      h(
        "a",
        { class: "brand", href: "/" },
        icon(LOGO, "brand__mark"),
        h("span", { class: "brand__text" }, "Research Graph Explorer"),
      ),
      options.search === false ? null : searchBox({ placeholder: "Search researchers, papers, topics…" }),
      h(
        "nav",
        { class: "site-nav", "aria-label": "Main" },
        h("a", { href: "/explore" }, "Explorer"),
        h("a", { href: "/following" }, "Following"),
        inboxLink(),
      ),
      accountMenu(),
    ),
  );
}

/** Header + <main id="main">; returns the main element for the page to fill. */
export function pageFrame(root: HTMLElement, className: string, options: { search?: boolean } = {}): HTMLElement {
  const main = h("main", { id: "main", class: `page ${className}`, tabindex: "-1" });
  root.replaceChildren(siteHeader(options), main);
  return main;
}
