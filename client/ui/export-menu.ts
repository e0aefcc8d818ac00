/**
 * The one export menu of every graph view (profile and paper graphs, the explorer; any page drawing through
 * client/graph/sigma-view.ts): a menu button (WAI-ARIA menu pattern: Enter, Space or ↓ opens it, ↑ ↓ Home End move,
 * Escape closes it and returns focus) listing the formats of client/export/formats.ts. The page hands over how to
 * take a snapshot of its view; the menu never keeps a copy of the graph.
 */
import "../styles/export.css";
import { EXPORT_FORMATS, fileStem, saveFile, type ExportFormat } from "../export/formats.ts";
import type { ViewSnapshot } from "../export/snapshot.ts";
import { h, uid } from "./dom.ts";
import { openEmbedDialog } from "./embed-dialog.ts";

export interface ExportMenuOptions {
  /** The view as drawn now, or null while it is not drawn yet. */
  snapshot: () => ViewSnapshot | null;
  /** The explorer query string (`focus=…&s=…`) of the view's state: adds "Embed…" (an <iframe> of /embed). */
  embedSearch?: () => string | null;
  /** Visual variant: the explorer's dark-on-light toolbar or a card's head. */
  variant?: "card" | "toolbar";
}

export function exportMenu(options: ExportMenuOptions): HTMLElement {
  const menuId = uid("export-menu");
  const button = h(
    "button",
    {
      type: "button",
      class: `button export-menu__button${options.variant === "toolbar" ? " ex-btn" : ""}`,
      "aria-haspopup": "menu",
      "aria-expanded": "false",
      "aria-controls": menuId,
      "data-action": "export",
    },
    "Export",
  );
  const menu = h("ul", {
    class: "export-menu__list plain-list",
    id: menuId,
    role: "menu",
    "aria-label": "Export",
    hidden: true,
  });
  const status = h("p", { class: "export-menu__status small", role: "status", "aria-live": "polite" });
  const element = h("div", { class: "export-menu" }, button, menu, status);

  const items = () => [...menu.querySelectorAll<HTMLButtonElement>("[role=menuitem]")];
  const close = (focusButton: boolean) => {
    menu.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (focusButton) button.focus();
  };
  const run = async (format: ExportFormat, snapshot: ViewSnapshot) => {
    status.textContent = `Preparing ${format.label(snapshot)}…`;
    try {
      const file = await format.build(snapshot, fileStem(snapshot.title));
      saveFile(file);
      status.textContent = `Saved ${file.fileName}`;
    } catch (error) {
      status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const item = (id: string, label: string, action: () => void) =>
    h(
      "li",
      { role: "none" },
      h(
        "button",
        {
          type: "button",
          role: "menuitem",
          tabindex: "-1",
          class: "export-menu__item",
          "data-format": id,
          onclick: () => {
            close(true);
            action();
          },
        },
        label,
      ),
    );
  const embedItem = (snapshot: ViewSnapshot) => {
    const search = options.embedSearch?.();
    return search ? [item("embed", "Embed…", () => openEmbedDialog(search, snapshot.title, button))] : [];
  };
  const open = (focus: "first" | "last") => {
    const snapshot = options.snapshot();
    if (!snapshot) {
      status.textContent = "The graph is not drawn yet.";
      return;
    }
    menu.replaceChildren(
      ...EXPORT_FORMATS.map((format) => item(format.id, format.label(snapshot), () => void run(format, snapshot))),
      ...embedItem(snapshot),
    );
    menu.hidden = false;
    button.setAttribute("aria-expanded", "true");
    const all = items();
    (focus === "first" ? all[0] : all[all.length - 1])?.focus();
  };

  button.addEventListener("click", () => (menu.hidden ? open("first") : close(false)));
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      open(event.key === "ArrowDown" ? "first" : "last");
    }
  });
  menu.addEventListener("keydown", (event) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") return close(false);
    else return;
    event.preventDefault();
  });
  element.addEventListener("focusout", (event) => {
    if (!element.contains(event.relatedTarget as Node | null)) close(false);
  });
  return element;
}
