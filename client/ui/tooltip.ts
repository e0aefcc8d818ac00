/**
 * Explanations on hover and on keyboard focus. The trigger is focusable and points at the tooltip with
 * aria-describedby, so screen readers read the explanation too; Escape hides it (WCAG 1.4.13).
 */
import { h, uid, type Child } from "./dom.ts";

export function withTooltip<T extends HTMLElement>(
  trigger: T,
  text: Child | Child[],
  align: "center" | "start" = "center",
): T {
  const id = uid("tip");
  const tooltip = h("span", { role: "tooltip", id, class: align === "start" ? "tooltip tooltip--start" : "tooltip" });
  for (const child of [text].flat())
    if (child !== null && child !== undefined && child !== false) tooltip.append(String(child));
  trigger.classList.add("has-tooltip");
  if (
    !trigger.hasAttribute("tabindex") &&
    !(trigger instanceof HTMLButtonElement) &&
    !(trigger instanceof HTMLAnchorElement)
  ) {
    trigger.tabIndex = 0;
  }
  const describedBy = trigger.getAttribute("aria-describedby");
  trigger.setAttribute("aria-describedby", describedBy ? `${describedBy} ${id}` : id);
  trigger.append(tooltip);
  trigger.addEventListener("keydown", (event) => {
    if (event.key === "Escape") trigger.classList.add("tooltip-dismissed");
  });
  // Once shown, nudge the tooltip back inside the viewport (stats near the screen edge would otherwise clip it).
  const keepOnScreen = () =>
    requestAnimationFrame(() => {
      tooltip.style.setProperty("--tip-shift", "0px");
      const rect = tooltip.getBoundingClientRect();
      if (rect.width === 0) return;
      const margin = 8;
      const shift =
        rect.right > window.innerWidth - margin
          ? window.innerWidth - margin - rect.right
          : rect.left < margin
            ? margin - rect.left
            : 0;
      tooltip.style.setProperty("--tip-shift", `${Math.round(shift)}px`);
    });
  trigger.addEventListener("mouseenter", keepOnScreen);
  trigger.addEventListener("focus", keepOnScreen);
  const reset = () => trigger.classList.remove("tooltip-dismissed");
  trigger.addEventListener("blur", reset);
  trigger.addEventListener("mouseleave", reset);
  return trigger;
}
