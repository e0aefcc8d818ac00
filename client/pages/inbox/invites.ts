/**
 * The inbox's invites: received ones with Accept, Decline and Block (block asks once more, and says the sender is not
 * told), then the user's sent invites. Messages are text nodes with their line breaks kept (never HTML).
 */
import { ApiError } from "../../api.ts";
import { collaborationApi, type Invite, type InviteAnswer, type Invites } from "../../collaboration-api.ts";
import { personPath } from "../../router.ts";
import { h } from "../../ui/dom.ts";
import { timeElement } from "./time.ts";

export interface InviteActions {
  /** After an answer: reload the inbox; `conversationId` is the conversation an acceptance opened. */
  answered(invite: Invite): void;
  /** Whether the user still sees this conversation (not left): only then does the invite link to it. */
  canOpen(conversationId: string): boolean;
}

const STATUS_TEXT = { pending: "Waiting for an answer", accepted: "Accepted", declined: "Declined" } as const;

function profileLink(ref: Invite["from"]): HTMLElement {
  return ref ? h("a", { href: personPath(ref.id) }, ref.name) : h("span", {}, "A former member");
}

function answerButtons(invite: Invite, actions: InviteActions): HTMLElement {
  const errorBox = h("p", { class: "form-error", role: "alert" });
  const row = h("div", { class: "invite__actions" });
  const sender = invite.from?.name ?? "this sender";
  const answer = (kind: InviteAnswer) => {
    for (const button of row.querySelectorAll("button")) button.disabled = true;
    collaborationApi
      .answer(invite.id, kind)
      .then((answered) => actions.answered(answered))
      .catch((error: unknown) => {
        for (const button of row.querySelectorAll("button")) button.disabled = false;
        errorBox.textContent = error instanceof ApiError ? error.message : "The answer could not be sent.";
      });
  };
  const confirmBlock = () => {
    const cancel = h(
      "button",
      { type: "button", class: "button", onclick: () => row.replaceChildren(...buttons) },
      "Cancel",
    );
    row.replaceChildren(
      h("p", { class: "small" }, `Block ${sender}? Their invites will no longer reach you. They are not told.`),
      h("button", { type: "button", class: "button button--danger", onclick: () => answer("block") }, "Block"),
      cancel,
    );
    cancel.focus();
  };
  const buttons = [
    h("button", { type: "button", class: "button button--primary", onclick: () => answer("accept") }, "Accept"),
    h("button", { type: "button", class: "button", onclick: () => answer("decline") }, "Decline"),
    h("button", { type: "button", class: "button", onclick: confirmBlock }, `Block sender`),
  ];
  row.replaceChildren(...buttons);
  return h("div", {}, row, errorBox);
}

function inviteItem(invite: Invite, side: "received" | "sent", actions: InviteActions): HTMLElement {
  const who = side === "received" ? invite.from : invite.to;
  return h(
    "li",
    { class: "invite", "data-invite": invite.id, "data-status": invite.status },
    h(
      "p",
      { class: "invite__head" },
      side === "received" ? [profileLink(who), " invited you"] : ["To ", profileLink(who)],
      " · ",
      timeElement(invite.createdAt),
      " · ",
      h("span", { class: `chip chip--${invite.status}` }, STATUS_TEXT[invite.status]),
      invite.senderBlocked ? h("span", { class: "chip" }, "Sender blocked") : null,
    ),
    h("p", { class: "invite__message" }, invite.message),
    side === "received" && invite.status === "pending" ? answerButtons(invite, actions) : null,
    invite.conversationId && actions.canOpen(invite.conversationId)
      ? h("a", { href: `/inbox?c=${encodeURIComponent(invite.conversationId)}` }, "Open the conversation")
      : null,
  );
}

export function invitesSection(invites: Invites, actions: InviteActions): HTMLElement {
  return h(
    "section",
    { class: "card inbox-invites", "aria-labelledby": "invites-title" },
    h(
      "h2",
      { id: "invites-title" },
      "Invites",
      invites.pendingReceived > 0 ? h("span", { class: "badge" }, `${invites.pendingReceived} new`) : null,
    ),
    invites.received.length === 0
      ? h("p", { class: "empty" }, "No invites yet. When a researcher invites you, it appears here.")
      : h(
          "ul",
          { class: "plain-list invite-list", "data-list": "received" },
          invites.received.map((invite) => inviteItem(invite, "received", actions)),
        ),
    invites.sent.length > 0
      ? h(
          "details",
          { class: "inbox-sent" },
          h("summary", {}, `Invites you sent (${invites.sent.length})`),
          h(
            "ul",
            { class: "plain-list invite-list", "data-list": "sent" },
            invites.sent.map((invite) => inviteItem(invite, "sent", actions)),
          ),
        )
      : null,
  );
}
