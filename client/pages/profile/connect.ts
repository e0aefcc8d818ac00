/**
 * "Identity and collaboration": follow (with the follower count) and claim, for the viewer as they are — signed out,
 * signed in, or the record's owner. Reloads the profile after a claim so status and level come from the server.
 */
import "../../styles/claims.css";
import { api, type Person } from "../../api.ts";
import { h } from "../../ui/dom.ts";
import type { Me } from "../../session.ts";
import { claimPanel } from "./claim-panel.ts";
import { followButton } from "./follow-button.ts";

export interface ConnectOptions {
  person: Person;
  viewer: Me | null;
  /** The profile's own path (sign-in comes back to it). */
  path: string;
  /** Redraws the profile from a fresh answer. */
  reload: () => void;
  /** Tells the rest of the page the new follower count. */
  onFollowers: (followers: number) => void;
}

export function connectCard(options: ConnectOptions): HTMLElement {
  const { person, viewer, path } = options;
  return h(
    "section",
    { class: "card connect", "aria-labelledby": "connect-title", "data-connect": viewer ? "signed-in" : "signed-out" },
    h("p", { class: "eyebrow" }, "Identity and collaboration"),
    h("h2", { id: "connect-title" }, "How to connect with this researcher"),
    followButton({
      personName: person.name,
      state: { following: person.following, followers: person.followers },
      toggle: viewer ? (follow) => (follow ? api.follow(person.id) : api.unfollow(person.id)) : null,
      returnPath: path,
      onChange: (state) => options.onFollowers(state.followers),
    }),
    claimPanel({
      person,
      file: viewer ? (method, note) => api.fileClaim(person.id, method, note) : null,
      viewerHasOrcid: Boolean(viewer?.user.orcid),
      returnPath: path,
      onFiled: options.reload,
    }),
  );
}
