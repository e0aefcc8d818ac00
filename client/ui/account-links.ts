/**
 * The links of the signed-in user's menu in the site header. ADD YOUR PAGE: one line here (`when` hides it from
 * users it does not concern; `count` shows a number beside it, e.g. unread invites).
 */
import type { Me } from "../session.ts";
import { unreadCount } from "./inbox-link.ts";

export interface AccountLink {
  href: string;
  label: string;
  when?: (me: Me) => boolean;
  count?: (me: Me) => number;
}

export const ACCOUNT_LINKS: AccountLink[] = [
  // Also in the header's nav, which phones hide: the menu is where a phone finds it.
  { href: "/following", label: "Following" },
  { href: "/inbox", label: "Inbox", count: unreadCount },
  { href: "/moderation", label: "Moderation", when: (me) => me.isModerator },
  { href: "/account", label: "Account" },
];
