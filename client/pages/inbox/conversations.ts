/** The inbox's conversation list (unread counts) beside the open conversation. */
import type { Conversation, Conversations } from "../../collaboration-api.ts";
import { h } from "../../ui/dom.ts";
import { plural } from "../../ui/format.ts";

export function conversationList(
  conversations: Conversations,
  selectedId: string | null,
  select: (id: string) => void,
): HTMLElement {
  if (conversations.items.length === 0) {
    return h("p", { class: "empty" }, "No conversations yet. Accepting an invite opens one.");
  }
  return h(
    "ul",
    { class: "plain-list conversation-list", "data-list": "conversations" },
    conversations.items.map((item: Conversation) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "conversation-item",
            "data-conversation": item.id,
            "aria-current": item.id === selectedId ? "true" : null,
            onclick: () => select(item.id),
          },
          h("span", { class: "conversation-item__name" }, item.with?.name ?? "A former member"),
          item.unread > 0 ? h("span", { class: "badge", "data-unread": item.unread }, `${item.unread} unread`) : null,
          h(
            "span",
            { class: "small faint" },
            item.open ? plural(item.messages, "message") : `${plural(item.messages, "message")} · closed`,
          ),
        ),
      ),
    ),
  );
}
