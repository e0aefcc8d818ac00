/**
 * The profile's "Direct collaboration" card: "Invite to collaborate" when both the viewer and this profile are
 * claimed (disabled, with the reason, otherwise), and the invite form with why this person may be a good fit — the
 * collaborator suggestions' own evidence (shared topics, mutual co-authors) and the co-author distance.
 */
import type { Person, SuggestedCollaborator } from "../../api.ts";
import { ApiError } from "../../api.ts";
import { signInPath, type Me } from "../../session.ts";
import { collaborationApi, INVITE_MESSAGE_MAX } from "../../collaboration-api.ts";
import { h, replace, uid } from "../../ui/dom.ts";
import { formatNumber } from "../../ui/format.ts";
import { suggestionEvidence } from "./suggested.ts";

/** Who is looking at the profile, as far as inviting goes. */
export interface Viewer {
  signedIn: boolean;
  /** The person id of the viewer's approved claim, or null. */
  claimedPersonId: string | null;
}

/** The inviting side of a session (GET /api/me): only an approved claim lets one invite. */
export function viewerOf(me: Me | null): Viewer {
  const profile = me?.claimedProfile;
  return { signedIn: me !== null, claimedPersonId: profile?.status === "claimed" ? profile.personId : null };
}

/** Why the viewer cannot invite this person, or null when they can. Pure. */
export function inviteBlocker(person: Pick<Person, "id" | "claimed">, viewer: Viewer): string | null {
  if (!person.claimed) return "Claim this author entity first to unlock direct invitations.";
  if (!viewer.signedIn) return "Sign in with a claimed profile to invite this researcher.";
  if (viewer.claimedPersonId === null) return "Claim your own author profile to send invitations.";
  if (viewer.claimedPersonId === person.id) return "This is your profile.";
  return null;
}

/** The co-author distance in words. */
export function distanceText(distance: number | null): string {
  if (distance === 1) return "You have written together before.";
  if (distance === 2) return "Two steps apart: you share co-authors.";
  if (distance !== null) return `${distance} steps apart in the co-author network.`;
  return "Not connected through co-authors within four steps.";
}

function fitReasons(fit: SuggestedCollaborator): HTMLElement {
  const none = fit.sharedTopics.length === 0 && fit.mutualCoauthors.length === 0;
  return h(
    "div",
    { class: "invite-fit", "data-fit": none ? "none" : "some" },
    none
      ? h("p", { class: "small muted" }, "No shared topics or mutual co-authors on record: say why in your message.")
      : suggestionEvidence(fit, "you"),
    h(
      "p",
      { class: "small", "data-distance": fit.distance ?? "" },
      h("span", { class: "evidence__label" }, "Co-author distance: "),
      distanceText(fit.distance),
    ),
  );
}

function inviteForm(person: Person, viewer: Viewer, onDone: (message: HTMLElement) => void, onCancel: () => void) {
  const controller = new AbortController();
  const fitBox = h("div", { class: "invite-fit", "aria-busy": "true" }, h("p", { class: "small muted" }, "Loading…"));
  collaborationApi
    .fit(viewer.claimedPersonId!, person.id, controller.signal)
    .then((fit) => fitBox.replaceWith(fitReasons(fit)))
    .catch(() => {
      if (!controller.signal.aborted) replace(fitBox, h("p", { class: "small muted" }, "The fit could not be loaded."));
    });
  const textId = uid("invite-message");
  const hintId = uid("invite-hint");
  const message = h("textarea", {
    id: textId,
    name: "message",
    rows: 5,
    required: true,
    maxlength: INVITE_MESSAGE_MAX,
    "aria-describedby": hintId,
  });
  const errorBox = h("p", { class: "form-error", role: "alert" });
  const send = h("button", { type: "submit", class: "button button--primary" }, "Send invite");
  const form = h(
    "form",
    { class: "invite-form", "aria-label": `Invite ${person.name} to collaborate` },
    h("h3", { class: "invite-form__title" }, `Why ${person.name} may be a good fit`),
    fitBox,
    h("label", { for: textId }, `Message to ${person.name}`),
    message,
    h(
      "p",
      { id: hintId, class: "small faint" },
      `Plain text, up to ${formatNumber(INVITE_MESSAGE_MAX)} characters. They see it in their inbox.`,
    ),
    errorBox,
    h(
      "div",
      { class: "invite-form__actions" },
      send,
      h("button", { type: "button", class: "button", onclick: onCancel }, "Cancel"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (message.value.trim() === "") {
      errorBox.textContent = "Write a message first.";
      message.focus();
      return;
    }
    send.disabled = true;
    errorBox.textContent = "";
    collaborationApi
      .invite(person.id, message.value)
      .then(() =>
        onDone(
          h(
            "p",
            { class: "invite-sent", role: "status" },
            `Invite sent to ${person.name}. When they accept, your conversation opens in your `,
            h("a", { href: "/inbox" }, "inbox"),
            ".",
          ),
        ),
      )
      .catch((error: unknown) => {
        send.disabled = false;
        errorBox.textContent = error instanceof ApiError ? error.message : "The invite could not be sent.";
      });
  });
  return { form, focus: () => message.focus(), abort: () => controller.abort() };
}

/** The card's content for a known viewer. */
function collaborationBody(person: Person, viewer: Viewer): { nodes: HTMLElement[]; abort(): void } {
  const blocker = inviteBlocker(person, viewer);
  const reasonId = uid("invite-reason");
  const formId = uid("invite-form");
  const slot = h("div", { id: formId, class: "invite-slot" });
  let abortForm = () => {};
  const button = h(
    "button",
    {
      type: "button",
      class: "button button--primary",
      "aria-disabled": blocker ? "true" : null,
      "aria-describedby": blocker ? reasonId : null,
      "aria-expanded": blocker ? null : "false",
      "aria-controls": blocker ? null : formId,
    },
    "Invite to collaborate",
  );
  const close = () => {
    abortForm();
    slot.replaceChildren();
    button.hidden = false;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  };
  button.addEventListener("click", () => {
    if (blocker || button.getAttribute("aria-expanded") === "true") return;
    const form = inviteForm(
      person,
      viewer,
      (done) => {
        abortForm();
        slot.replaceChildren(done);
        button.hidden = true;
      },
      close,
    );
    abortForm = form.abort;
    slot.replaceChildren(form.form);
    button.setAttribute("aria-expanded", "true");
    form.focus();
  });
  const reason = blocker
    ? h(
        "p",
        { id: reasonId, class: "small muted collaboration__reason" },
        blocker,
        person.claimed && !viewer.signedIn ? [" ", h("a", { href: signInPath() }, "Sign in")] : null,
      )
    : null;
  return { nodes: [button, ...(reason ? [reason] : []), slot], abort: () => abortForm() };
}

/** The "Direct collaboration" card for the session `me` (null: signed out). */
export function collaborationCard(person: Person, me: Me | null): { element: HTMLElement; abort(): void } {
  const body = collaborationBody(person, viewerOf(me));
  const element = h(
    "section",
    { class: "card collaboration", "aria-labelledby": "collaboration-title" },
    h("p", { class: "eyebrow" }, "Direct collaboration"),
    h("h2", { id: "collaboration-title" }, "Open a focused conversation when the fit is right"),
    body.nodes,
  );
  return { element, abort: body.abort };
}
