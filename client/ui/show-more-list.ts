/** A list that shows its first rows and a "Show N more" / "Show fewer" toggle for the rest (none when all fit). */
import { h, replace } from "./dom.ts";
import { formatNumber } from "./format.ts";

export interface ShowMoreList {
  list: HTMLElement;
  /** Null when every row is already shown. */
  toggle: HTMLElement | null;
}

export function showMoreList<T>(
  items: readonly T[],
  shown: number,
  row: (item: T) => HTMLElement,
  dataList: string,
): ShowMoreList {
  const list = h("ul", { class: "plain-list row-list", "data-list": dataList });
  const render = (all: boolean) => replace(list, (all ? items : items.slice(0, shown)).map(row));
  render(false);
  const hidden = items.length - shown;
  if (hidden <= 0) return { list, toggle: null };
  const more = `Show ${formatNumber(hidden)} more`;
  const toggle = h("button", { class: "button link-button", type: "button", "aria-expanded": "false" }, more);
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") === "true";
    render(!expanded);
    toggle.setAttribute("aria-expanded", String(!expanded));
    toggle.textContent = expanded ? more : "Show fewer";
  });
  return { list, toggle };
}
