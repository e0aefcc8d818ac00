/**
 * "Embed…": a modal dialog (native <dialog>: focus moves in, Escape closes, focus returns) with the <iframe> snippet
 * of a read-only /embed view of the same state, ready to copy.
 */
import { escapeXml } from "../export/svg.ts";
import { h, uid } from "./dom.ts";

/** The HTML snippet that frames `/embed?<search>` of this site. */
export function embedSnippet(origin: string, search: string, title: string): string {
  const src = `${origin}/embed?${search}`;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="800" height="500" ` +
    `style="border:0" loading="lazy"></iframe>`
  );
}

/** Opens the dialog for the given explorer query string; it removes itself when closed. */
export function openEmbedDialog(search: string, title: string, returnFocus: HTMLElement | null): void {
  const titleId = uid("embed-title");
  const snippet = embedSnippet(window.location.origin, search, title);
  const code = h("textarea", {
    class: "embed-dialog__code",
    readonly: true,
    rows: 4,
    "aria-label": "Embed code",
    spellcheck: "false",
  });
  code.value = snippet;
  const status = h("p", { class: "small muted", role: "status", "aria-live": "polite" });
  const copy = h(
    "button",
    {
      type: "button",
      class: "button button--primary",
      onclick: async () => {
        code.select();
        try {
          await navigator.clipboard.writeText(snippet);
          status.textContent = "Copied.";
        } catch {
          // No clipboard access (an insecure origin, a denied permission): the text is selected for Ctrl+C.
          status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
        }
      },
    },
    "Copy code",
  );
  const dialog = h(
    "dialog",
    { class: "embed-dialog", "aria-labelledby": titleId },
    h("h2", { id: titleId }, "Embed this graph"),
    h(
      "p",
      { class: "small" },
      "Paste this into a web page: it shows this view, read-only, with a link back to the full explorer. ",
      h("a", { href: `/embed?${search}`, target: "_blank", rel: "noopener" }, "Preview"),
    ),
    code,
    h(
      "div",
      { class: "embed-dialog__actions" },
      copy,
      h("button", { type: "button", class: "button", onclick: () => dialog.close() }, "Close"),
    ),
    status,
  );
  dialog.addEventListener("close", () => {
    dialog.remove();
    returnFocus?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  code.focus();
  code.select();
}
