/**
 * The Follow button: shows whether the viewer follows and how many do. A toggle button (aria-pressed) for a signed-in
 * viewer; signed out, a link to sign in that comes back to this profile.
 */
import type { FollowState } from "../../api.ts";
import { signInPath } from "../../session.ts";
import { h } from "../../ui/dom.ts";
import { formatNumber } from "../../ui/format.ts";

export interface FollowButtonOptions {
  personName: string;
  state: FollowState;
  /** Null when signed out. */
  toggle: ((follow: boolean) => Promise<FollowState>) | null;
  /** Where signing in comes back to. */
  returnPath: string;
  onChange?: (state: FollowState) => void;
}

const label = (following: boolean) => (following ? "Following" : "Follow researcher");

export function followButton(options: FollowButtonOptions): HTMLElement {
  const { toggle, personName } = options;
  const count = h("span", { class: "follow__count", "data-follow-count": "" }, formatNumber(options.state.followers));
  if (!toggle) {
    return h(
      "a",
      { class: "button follow", href: signInPath(options.returnPath), "data-follow": "signed-out" },
      "Follow researcher ",
      count,
      h("span", { class: "visually-hidden" }, ` followers. Sign in to follow ${personName}`),
    );
  }
  let state = options.state;
  const text = h("span", { class: "follow__label" }, label(state.following));
  const status = h("span", { class: "follow__status small muted", role: "status", "aria-live": "polite" });
  const button = h(
    "button",
    {
      type: "button",
      class: "button follow",
      "aria-pressed": String(state.following),
      "data-follow": "signed-in",
      "aria-describedby": null,
    },
    text,
    " ",
    count,
    h("span", { class: "visually-hidden" }, " followers"),
  );
  button.addEventListener("click", () => {
    button.disabled = true;
    status.textContent = "";
    toggle(!state.following)
      .then((next) => {
        state = next;
        text.textContent = label(next.following);
        count.textContent = formatNumber(next.followers);
        button.setAttribute("aria-pressed", String(next.following));
        status.textContent = next.following ? `You follow ${personName}` : `You no longer follow ${personName}`;
        options.onChange?.(next);
      })
      .catch((error: Error) => {
        status.textContent = `Could not change: ${error.message}`;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return h("span", { class: "follow-wrap" }, button, status);
}
