/**
 * One conversation: its messages (newest last, "New" on those unread when it was opened), a message box while it is
 * open, and Leave. Opening it marks it read on the server.
 */
import { ApiError } from "../../api.ts";
import { collaborationApi, MESSAGE_BODY_MAX, type Message, type Messages } from "../../collaboration-api.ts";
import { personPath } from "../../router.ts";
import { h, uid } from "../../ui/dom.ts";
import { formatNumber } from "../../ui/format.ts";
import { timeElement } from "./time.ts";

export interface ThreadActions {
  /** The user left: the inbox drops the conversation. */
  left(): void;
  /** A message was sent: the inbox updates its list. */
  sent(): void;
}

function messageItem(message: Message): HTMLElement {
  return h(
    "li",
    {
      class: `message${message.mine ? " message--mine" : ""}`,
      "data-message": message.id,
      "data-unread": message.unread ? "true" : null,
    },
    h(
      "p",
      { class: "message__head small" },
      h("span", { class: "message__author" }, message.mine ? "You" : (message.author?.name ?? "A former member")),
      " · ",
      timeElement(message.createdAt),
      message.unread ? h("span", { class: "badge" }, "New") : null,
    ),
    h("p", { class: "message__body" }, message.body),
  );
}

function composer(conversationId: string, name: string, list: HTMLElement, onSent: () => void): HTMLElement {
  const textId = uid("message-body");
  const body = h("textarea", { id: textId, name: "body", rows: 3, required: true, maxlength: MESSAGE_BODY_MAX });
  const errorBox = h("p", { class: "form-error", role: "alert" });
  const send = h("button", { type: "submit", class: "button button--primary" }, "Send");
  const form = h(
    "form",
    { class: "composer" },
    h("label", { for: textId }, `Message to ${name}`),
    body,
    h("p", { class: "small faint" }, `Plain text, up to ${formatNumber(MESSAGE_BODY_MAX)} characters.`),
    errorBox,
    send,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (body.value.trim() === "") {
      errorBox.textContent = "Write a message first.";
      return;
    }
    send.disabled = true;
    errorBox.textContent = "";
    collaborationApi
      .send(conversationId, body.value)
      .then((message) => {
        list.append(messageItem(message));
        body.value = "";
        body.focus();
        onSent();
      })
      .catch((error: unknown) => {
        errorBox.textContent = error instanceof ApiError ? error.message : "The message could not be sent.";
      })
      .finally(() => {
        send.disabled = false;
      });
  });
  return form;
}

export function thread(data: Messages, actions: ThreadActions): HTMLElement {
  const { conversation } = data;
  const name = conversation.with?.name ?? "A former member";
  const list = h(
    "ol",
    { class: "plain-list message-list", "aria-label": `Messages with ${name}` },
    data.items.map(messageItem),
  );
  const leaveError = h("p", { class: "form-error", role: "alert" });
  const leaveRow = h("div", { class: "thread__leave" });
  const leave = h("button", { type: "button", class: "button" }, "Leave conversation");
  const doLeave = () =>
    collaborationApi
      .leave(conversation.id)
      .then(() => actions.left())
      .catch((error: unknown) => {
        leaveError.textContent = error instanceof ApiError ? error.message : "Could not leave the conversation.";
      });
  leave.addEventListener("click", () => {
    const cancel = h("button", { type: "button", class: "button" }, "Stay");
    cancel.addEventListener("click", () => {
      leaveRow.replaceChildren(leave);
      leave.focus();
    });
    leaveRow.replaceChildren(
      h("p", { class: "small" }, `Leave? Neither of you can write here afterwards; ${name} keeps the history.`),
      h("button", { type: "button", class: "button button--danger", onclick: doLeave }, "Leave"),
      cancel,
    );
    cancel.focus();
  });
  leaveRow.append(leave);
  return h(
    "div",
    { class: "thread", "data-conversation": conversation.id },
    h(
      "div",
      { class: "thread__head" },
      h(
        "h3",
        { id: "thread-title" },
        conversation.with ? h("a", { href: personPath(conversation.with.id) }, name) : name,
      ),
      leaveRow,
    ),
    leaveError,
    data.total > data.items.length
      ? h("p", { class: "small faint" }, `Showing the latest ${formatNumber(data.items.length)} messages.`)
      : null,
    list,
    conversation.open
      ? composer(conversation.id, name, list, actions.sent)
      : h("p", { class: "small muted", role: "status" }, `${name} left this conversation: it is closed.`),
  );
}
