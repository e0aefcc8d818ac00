/**
 * The history chart of a profile or a paper: per year, works, new co-authors and citations (in-graph and as the
 * source reports them), as small multiples sharing one year axis. Each year is a button (one tab stop, arrows move
 * between years): clicking it filters the page's graph to that year. The same numbers are a table for screen
 * readers and anyone who prefers text ("Show as a table").
 */
import "../styles/history-chart.css";
import { api, type History, type HistoryYear } from "../api.ts";
import { h, replace, uid } from "./dom.ts";
import { errorState } from "./states.ts";

export interface HistoryChartOptions {
  kind: "people" | "papers";
  id: string;
  /** Called with the clicked year (null: the same year again, i.e. every year). */
  onYear: (year: number | null) => void;
}

interface Series {
  name: string;
  className: string;
  value: (year: HistoryYear) => number | null;
}

const SERIES: Series[] = [
  { name: "Works", className: "works", value: (y) => y.works },
  { name: "New co-authors", className: "coauthors", value: (y) => y.newCoauthors },
  { name: "Citations in the graph", className: "cited", value: (y) => y.citationsInGraph },
  { name: "Citations reported by OpenAlex", className: "source", value: (y) => y.citationsFromSource },
];

const seriesOf = (history: History) =>
  SERIES.filter((series) => history.years.some((year) => series.value(year) !== null));

function describeYear(year: HistoryYear, series: Series[]): string {
  const parts = series.map((s) => `${s.name.toLowerCase()}: ${s.value(year) ?? "not reported"}`);
  return `${year.year}: ${parts.join(", ")}`;
}

/** The sentence under the chart: which counts are in-graph and which come from the source. */
function provenance(history: History, kind: "people" | "papers"): string {
  const inGraph =
    "Works, new co-authors and in-graph citations are counted in this graph (a co-author is new in the year of the first shared work; a citation counts in the citing work's year).";
  if (history.sourceWorks === 0)
    return `${kind === "papers" ? "In-graph citations are counted in this graph." : inGraph} The source gives no citations per year here.`;
  const of = kind === "papers" ? "for this paper" : `for ${history.sourceWorks} of ${history.totalWorks} works`;
  return `${kind === "papers" ? "In-graph citations are counted in this graph." : inGraph} Citations reported by OpenAlex (counts_by_year, recent years only) are given ${of}.`;
}

function table(history: History, series: Series[]): HTMLTableElement {
  return h(
    "table",
    { class: "hc-table" },
    h("caption", { class: "visually-hidden" }, "Activity per year"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Year"),
        series.map((s) => h("th", { scope: "col" }, s.name)),
      ),
    ),
    h(
      "tbody",
      {},
      history.years.map((year) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, String(year.year)),
          series.map((s) => h("td", {}, String(s.value(year) ?? "–"))),
        ),
      ),
    ),
  );
}

function plot(history: History, series: Series[], onYear: (year: number) => void) {
  const max = new Map(series.map((s) => [s, Math.max(1, ...history.years.map((y) => s.value(y) ?? 0))]));
  const buttons = history.years.map((year, index) =>
    h(
      "button",
      {
        class: "hc-year",
        type: "button",
        "data-year": year.year,
        "aria-label": describeYear(year, series),
        "aria-pressed": "false",
        tabindex: index === history.years.length - 1 ? 0 : -1,
        onclick: () => onYear(year.year),
      },
      series.map((s) => {
        const value = s.value(year);
        const height = value === null ? 0 : Math.max(value > 0 ? 4 : 0, (value / max.get(s)!) * 100);
        return h(
          "span",
          { class: `hc-cell` },
          h("span", { class: `hc-bar hc-bar--${s.className}`, style: `height:${height.toFixed(1)}%` }),
        );
      }),
    ),
  );
  const group = h(
    "div",
    { class: "hc-plot", role: "group", "aria-label": "Years: press a year to show it in the graph" },
    buttons,
  );
  group.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))]!;
    buttons.forEach((button) => (button.tabIndex = button === target ? 0 : -1));
    target.focus();
  });
  const labels = h(
    "div",
    { class: "hc-rows", "aria-hidden": "true" },
    series.map((s) =>
      h(
        "span",
        { class: "hc-row-label" },
        h("span", { class: `hc-key hc-bar--${s.className}` }),
        `${s.name} (max ${max.get(s)})`,
      ),
    ),
  );
  const first = history.years[0]!.year;
  const last = history.years[history.years.length - 1]!.year;
  const axis = h(
    "div",
    { class: "hc-axis", "aria-hidden": "true" },
    h("span", {}, String(first)),
    h("span", {}, String(last)),
  );
  return { element: h("div", { class: "hc-chart" }, labels, h("div", { class: "hc-main" }, group, axis)), buttons };
}

/** A card that loads the history and draws it; `abort()` cancels the request when the page goes away. */
export function historyChart(options: HistoryChartOptions): {
  element: HTMLElement;
  /** Shows which year the graph draws alone (null: every year) without calling `onYear`. */
  select(year: number | null): void;
  abort(): void;
} {
  const titleId = uid("history-title");
  const body = h("div", { class: "hc-body" }, h("p", { class: "muted small" }, "Loading the history…"));
  const element = h(
    "section",
    { class: "card history-card", "aria-labelledby": titleId, "data-state": "loading" },
    h("div", { class: "card__head" }, h("h2", { id: titleId }, "History")),
    body,
  );
  const controller = new AbortController();
  let selected: number | null = null;
  let mark: (year: number | null) => void = () => {};

  const load = async () => {
    let history: History;
    try {
      history = await api.history(options.kind, options.id, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      element.dataset.state = "error";
      replace(
        body,
        errorState(error, () => void load()),
      );
      return;
    }
    const series = seriesOf(history);
    if (history.years.length === 0 || series.length === 0) {
      element.dataset.state = "empty";
      replace(body, h("p", { class: "muted small" }, "No dated works or citations in the imported data."));
      return;
    }
    const status = h("p", { class: "small hc-status", role: "status" });
    mark = (year) => {
      if (year === selected) return;
      selected = year;
      chart.buttons.forEach((b) => b.setAttribute("aria-pressed", String(Number(b.dataset.year) === selected)));
      status.textContent = selected === null ? "Year filter cleared." : `The graph shows ${selected} only.`;
    };
    const chart = plot(history, series, (year) => {
      mark(selected === year ? null : year);
      options.onYear(selected);
    });
    element.dataset.state = "ready";
    replace(
      body,
      chart.element,
      status,
      h("p", { class: "muted small" }, provenance(history, options.kind)),
      h("details", { class: "hc-details" }, h("summary", {}, "Show as a table"), table(history, series)),
    );
  };
  void load();
  return { element, select: (year) => mark(year), abort: () => controller.abort() };
}
