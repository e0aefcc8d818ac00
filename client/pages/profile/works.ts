/** Published works: paged, sortable by year or citations, each with linked authors and a collapsible abstract. */
import { api, type WorkSort } from "../../api.ts";
import { h, replace } from "../../ui/dom.ts";
import { formatNumber, plural } from "../../ui/format.ts";
import { errorState, loadingState } from "../../ui/states.ts";
import { workItem } from "../../ui/work-item.ts";

export const WORKS_PAGE_SIZE = 10;

export function worksCard(personId: string, totalHint: number): { element: HTMLElement; abort(): void } {
  let sort: WorkSort = "year";
  let offset = 0;
  let controller = new AbortController();
  const subtitle = h(
    "p",
    { class: "muted small", "data-works-total": String(totalHint) },
    `${plural(totalHint, "published item")}`,
  );
  const list = h("div", { class: "works__list", "aria-live": "polite" });
  const pager = h("nav", { class: "pager", "aria-label": "Works pages" });
  const sortButtons = (["year", "citations"] as const).map((value) =>
    h(
      "button",
      { type: "button", "aria-pressed": String(value === sort), "data-sort": value, onclick: () => setSort(value) },
      value === "year" ? "Newest" : "Most cited",
    ),
  );
  const element = h(
    "section",
    { class: "card works", "aria-labelledby": "works-title" },
    h(
      "div",
      { class: "card__head" },
      h("div", {}, h("p", { class: "eyebrow" }, "Published work"), h("h2", { id: "works-title" }, "Works"), subtitle),
      h(
        "div",
        { class: "works__sort" },
        h("span", { class: "small faint", id: "works-sort-label" }, "Sort"),
        h("div", { class: "segmented", role: "group", "aria-labelledby": "works-sort-label" }, sortButtons),
      ),
    ),
    list,
    pager,
  );

  function setSort(value: WorkSort) {
    if (value === sort) return;
    sort = value;
    offset = 0;
    sortButtons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.sort === sort)));
    void load();
  }

  async function load() {
    controller.abort();
    controller = new AbortController();
    const signal = controller.signal;
    list.setAttribute("aria-busy", "true");
    if (!list.firstChild) replace(list, loadingState("Loading works…"));
    try {
      const page = await api.personWorks(personId, { sort, offset, limit: WORKS_PAGE_SIZE }, signal);
      subtitle.textContent = plural(page.total, "published item");
      subtitle.dataset.worksTotal = String(page.total);
      replace(
        list,
        page.items.length === 0
          ? h("p", { class: "empty" }, "No works imported for this researcher.")
          : page.items.map((work) => workItem(work, { highlightPersonId: personId })),
      );
      renderPager(page.total);
    } catch (error) {
      if (signal.aborted) return;
      replace(
        list,
        errorState(error, () => void load()),
      );
      pager.replaceChildren();
    } finally {
      if (!signal.aborted) list.removeAttribute("aria-busy");
    }
  }

  function renderPager(total: number) {
    if (total <= WORKS_PAGE_SIZE) {
      pager.replaceChildren();
      return;
    }
    const go = (next: number) => {
      offset = next;
      void load().then(() => element.scrollIntoView({ block: "start", behavior: "smooth" }));
    };
    replace(
      pager,
      h(
        "button",
        {
          class: "button",
          type: "button",
          disabled: offset === 0,
          onclick: () => go(Math.max(0, offset - WORKS_PAGE_SIZE)),
        },
        "← Previous",
      ),
      h(
        "span",
        { class: "small muted" },
        `${formatNumber(offset + 1)}–${formatNumber(Math.min(total, offset + WORKS_PAGE_SIZE))} of ${formatNumber(total)}`,
      ),
      h(
        "button",
        {
          class: "button",
          type: "button",
          disabled: offset + WORKS_PAGE_SIZE >= total,
          onclick: () => go(offset + WORKS_PAGE_SIZE),
        },
        "Next →",
      ),
    );
  }

  void load();
  return { element, abort: () => controller.abort() };
}
