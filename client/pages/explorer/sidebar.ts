/**
 * The left panel: layout controls, filters (kinds, year range, minimum link weight, topic, isolated nodes),
 * appearance (colour, size, label density) and the legend. Built once; `update()` only syncs values, so a slider
 * being dragged keeps its focus.
 */
import { KIND_LABELS_PLURAL } from "../../graph/style.ts";
import { NODE_KINDS, type NodeKind } from "../../graph/types.ts";
import type { ColorBy, SizeBy } from "../../explorer/encodings.ts";
import { isDefaultFilters, maxEdgeWeight, topicChoices, yearExtent, type Filters } from "../../explorer/filters.ts";
import { LABEL_DENSITY_RANGE, resetFilters, setEncodings, setFilters, setLabelDensity } from "../../explorer/state.ts";
import { h, replace } from "../../ui/dom.ts";
import { graphNodeList } from "../../ui/graph-node-list.ts";
import { yearPlayback, type YearPlayback } from "../../ui/year-playback.ts";
import type { ExplorerApp } from "./app.ts";

const section = (title: string, ...children: HTMLElement[]) =>
  h("section", { class: "ex-section" }, h("h2", { class: "ex-section__title" }, title), ...children);

const button = (label: string, title: string, onclick: () => void, name: string) =>
  h("button", { class: "ex-btn", type: "button", title, "data-action": name, onclick }, label);

export function sidebar(app: ExplorerApp): { element: HTMLElement; update(): void; playback: YearPlayback } {
  const patch = (p: Partial<Filters>) => app.update(setFilters(p), "replace");
  const layoutButton = button(
    "Run layout",
    "Start / stop ForceAtlas2 (L)",
    () => (app.layoutRunning() ? app.stopLayout() : app.startLayout()),
    "layout",
  );
  const layout = section(
    "Layout",
    h(
      "div",
      { class: "ex-grid2" },
      layoutButton,
      button("No overlap", "Spread overlapping nodes", () => app.noverlap(), "noverlap"),
      button("Reset view", "Reset the camera (R)", () => app.resetCamera(), "reset-camera"),
      button("Fit selection", "Fit the camera to the selection (F)", () => app.fitSelection(), "fit"),
    ),
  );

  const kindBoxes = new Map<NodeKind, HTMLInputElement>();
  const kindCounts = new Map<NodeKind, HTMLElement>();
  const kinds = h(
    "fieldset",
    { class: "ex-kinds" },
    h("legend", { class: "visually-hidden" }, "Node kinds"),
    NODE_KINDS.map((kind) => {
      const box = h("input", { type: "checkbox", name: "kind", value: kind, checked: true });
      box.addEventListener("change", () => patch({ kinds: NODE_KINDS.filter((k) => kindBoxes.get(k)!.checked) }));
      kindBoxes.set(kind, box);
      const count = h("span", { class: "ex-count" });
      kindCounts.set(kind, count);
      return h(
        "label",
        { class: "ex-check" },
        box,
        h("span", { class: `ex-dot ex-dot--${kind}` }),
        KIND_LABELS_PLURAL[kind],
        count,
      );
    }),
  );

  const yearFrom = h("input", { type: "range", name: "yearFrom", "aria-label": "From year" });
  const yearTo = h("input", { type: "range", name: "yearTo", "aria-label": "To year" });
  const yearLabel = h("span", { class: "ex-value" });
  const onYears = () => {
    const extent = yearExtent(app.model.graph);
    if (!extent) return;
    let from = Number(yearFrom.value);
    let to = Number(yearTo.value);
    if (from > to) [from, to] = [to, from];
    patch({ yearFrom: from <= extent[0] ? null : from, yearTo: to >= extent[1] ? null : to });
  };
  yearFrom.addEventListener("input", onYears);
  yearTo.addEventListener("input", onYears);
  const years = h(
    "div",
    { class: "ex-field" },
    h("div", { class: "ex-field__head" }, "Years", yearLabel),
    h("div", { class: "ex-brush" }, yearFrom, yearTo),
  );
  // Playback moves the same "to" year filter: the network grows in place, nothing is laid out again.
  const playback = yearPlayback({ onYear: (yearTo) => patch({ yearTo }), label: "Play the network through the years" });

  const weight = h("input", {
    type: "range",
    name: "minEdgeWeight",
    min: 1,
    step: 1,
    "aria-label": "Minimum link weight",
  });
  const weightLabel = h("span", { class: "ex-value" });
  weight.addEventListener("input", () => patch({ minEdgeWeight: Number(weight.value) }));
  const weightField = h(
    "div",
    { class: "ex-field" },
    h("div", { class: "ex-field__head" }, "Min. link weight", weightLabel),
    weight,
  );

  const topic = h("select", { name: "topic", "aria-label": "Topic" });
  topic.addEventListener("change", () => patch({ topic: topic.value || null }));
  const isolated = h("input", { type: "checkbox", name: "hideIsolated" });
  isolated.addEventListener("change", () => patch({ hideIsolated: isolated.checked }));
  const reset = button(
    "Reset filters",
    "Show everything again",
    () => void app.update(resetFilters(), "replace"),
    "reset-filters",
  );
  const filters = section(
    "Filters",
    kinds,
    years,
    playback.element,
    weightField,
    h("label", { class: "ex-field" }, h("div", { class: "ex-field__head" }, "Topic"), topic),
    h("label", { class: "ex-check" }, isolated, "Hide isolated nodes"),
    reset,
  );

  const colorBy = h(
    "select",
    { name: "colorBy", "aria-label": "Colour by" },
    h("option", { value: "kind" }, "Kind"),
    h("option", { value: "community" }, "Community (Louvain)"),
    h("option", { value: "topic" }, "Topic (collaborations)"),
  );
  colorBy.addEventListener("change", () => app.update(setEncodings({ colorBy: colorBy.value as ColorBy }), "replace"));
  const sizeBy = h(
    "select",
    { name: "sizeBy", "aria-label": "Size by" },
    h("option", { value: "degree" }, "Links shown"),
    h("option", { value: "works" }, "Works"),
    h("option", { value: "citations" }, "Citations"),
  );
  sizeBy.addEventListener("change", () => app.update(setEncodings({ sizeBy: sizeBy.value as SizeBy }), "replace"));
  const density = h("input", {
    type: "range",
    name: "labelDensity",
    min: LABEL_DENSITY_RANGE[0],
    max: LABEL_DENSITY_RANGE[1],
    step: 0.1,
    "aria-label": "Label density",
  });
  density.addEventListener("input", () => app.update(setLabelDensity(Number(density.value)), "replace"));
  const legend = h("ul", { class: "ex-legend", "aria-label": "Legend" });
  const sizeLegend = h("p", { class: "ex-legend__size" });
  const appearance = section(
    "Appearance",
    h("label", { class: "ex-field" }, h("div", { class: "ex-field__head" }, "Colour by"), colorBy),
    h("label", { class: "ex-field" }, h("div", { class: "ex-field__head" }, "Size by"), sizeBy),
    h("label", { class: "ex-field" }, h("div", { class: "ex-field__head" }, "Labels"), density),
    legend,
    sizeLegend,
  );

  const element = h(
    "aside",
    { class: "ex-left", "aria-label": "Layout, filters and appearance" },
    layout,
    filters,
    appearance,
    // The same nodes as the canvas draws (expansions, filters, collapses): the keyboard's and screen reader's view.
    section(
      "Nodes",
      graphNodeList(app.view, {
        open: (node) => {
          app.select(node);
          void app.view.focusNode(node);
        },
      }).element,
    ),
  );
  let topicsKey = "";

  const update = () => {
    const state = app.model.getState();
    const graph = app.model.graph;
    const f = state.filters;
    layoutButton.textContent = app.layoutRunning() ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(app.layoutRunning()));
    const counts = new Map<string, number>();
    graph.forEachNode((_k, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
    for (const kind of NODE_KINDS) {
      kindBoxes.get(kind)!.checked = f.kinds.includes(kind);
      kindCounts.get(kind)!.textContent = String(counts.get(kind) ?? 0);
    }
    const extent = yearExtent(graph);
    years.hidden = extent === null;
    if (extent) {
      for (const input of [yearFrom, yearTo]) Object.assign(input, { min: extent[0], max: extent[1], step: 1 });
      yearFrom.value = String(f.yearFrom ?? extent[0]);
      yearTo.value = String(f.yearTo ?? extent[1]);
      yearLabel.textContent = `${f.yearFrom ?? extent[0]}–${f.yearTo ?? extent[1]}`;
    }
    playback.setExtent(extent);
    playback.sync(f.yearTo);
    weight.max = String(Math.max(2, maxEdgeWeight(graph)));
    weight.value = String(f.minEdgeWeight);
    weightLabel.textContent = `≥ ${f.minEdgeWeight}`;
    // Topic nodes and the topics collaborations share (explorer/filters.ts topicChoices).
    const topics = topicChoices(graph);
    if (topics.join("\n") !== topicsKey || topic.value !== (f.topic ?? "")) {
      topicsKey = topics.join("\n");
      replace(
        topic,
        h("option", { value: "" }, "Any topic"),
        topics.map(([key, name]) => h("option", { value: key }, name)),
      );
      topic.value = f.topic ?? "";
    }
    isolated.checked = f.hideIsolated;
    reset.disabled = isDefaultFilters(f);
    colorBy.value = state.encodings.colorBy;
    sizeBy.value = state.encodings.sizeBy;
    density.value = String(state.labelDensity);
    const look = app.appearance();
    replace(
      legend,
      look.legend.map((entry) =>
        h(
          "li",
          {},
          entry.kind
            ? h("span", { class: `ex-dot ex-dot--${entry.kind}`, "aria-hidden": "true" })
            : h("span", { class: "ex-swatch", style: `background:${entry.color}` }),
          entry.label,
          h("span", { class: "ex-count" }, entry.count),
        ),
      ),
    );
    sizeLegend.textContent = look.sizeLegend;
  };
  return { element, update, playback };
}
