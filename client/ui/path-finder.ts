/**
 * The parts of "How are you connected?" that the profile card and the explorer's panel share: the constraint and
 * count selects, the search itself, and the answer (its sentence, the alternatives as a radio group, the steps of the
 * chosen one). The page decides where the path is drawn (`onShow`).
 */
import { api, type PathResult } from "../api.ts";
import { PATH_CONSTRAINTS, pathConstraint, type PathConstraint } from "../../contract/path-constraints.ts";
import { h, replace, uid } from "./dom.ts";
import { plural } from "./format.ts";
import { pathSteps } from "./path-steps.ts";
import { pathEdgeKeys } from "../graph/path-emphasis.ts";
import { errorState, loadingState } from "./states.ts";

const PATH_COUNTS = [1, 3, 5] as const;

export interface PathChoice {
  result: PathResult;
  index: number;
  /** Node keys of the chosen path, in order. */
  nodes: string[];
  /** Edge keys of the chosen path (keys of `result.graph.edges`). */
  edges: string[];
}

/** The "Through" and "Paths" selects; read them when the search runs. */
export function pathOptions(): {
  element: HTMLElement;
  constraint(): PathConstraint;
  via(): readonly string[];
  k(): number;
} {
  const throughId = uid("path-through");
  const countId = uid("path-count");
  const through = h(
    "select",
    { id: throughId, name: "through", "data-path-through": "" },
    PATH_CONSTRAINTS.map((constraint) => h("option", { value: constraint.id }, constraint.label)),
  );
  const count = h(
    "select",
    { id: countId, name: "k", "data-path-k": "" },
    PATH_COUNTS.map((k) => h("option", { value: String(k) }, k === 1 ? "The shortest" : `The ${k} shortest`)),
  );
  count.value = "3";
  const element = h(
    "div",
    { class: "path-options" },
    h("label", { class: "field" }, h("span", { class: "field__label" }, "Through"), through),
    h("label", { class: "field" }, h("span", { class: "field__label" }, "Paths"), count),
  );
  return {
    element,
    constraint: () => pathConstraint(through.value).id,
    via: () => pathConstraint(through.value).via,
    k: () => Number(count.value),
  };
}

/**
 * Runs a search into `output` (polite live region): loading, then the answer's sentence, the alternatives and the
 * steps of the first path; `onShow` draws the chosen path (called again when another alternative is picked).
 */
export async function findPaths(
  output: HTMLElement,
  params: { from: string; to: string; via: readonly string[]; k: number },
  onShow: (choice: PathChoice) => void,
  signal?: AbortSignal,
): Promise<PathResult | null> {
  output.dataset.state = "loading";
  replace(output, loadingState("Searching for paths…"));
  let result: PathResult;
  try {
    result = await api.path(params, signal);
  } catch (error) {
    if (signal?.aborted) return null;
    output.dataset.state = "error";
    replace(
      output,
      errorState(error, () => void findPaths(output, params, onShow, signal)),
    );
    return null;
  }
  showPathResult(output, result, onShow);
  return result;
}

/** Writes an answer into `output`: its sentence, the alternatives, the steps of the first path (`onShow` draws it). */
export function showPathResult(output: HTMLElement, result: PathResult, onShow: (choice: PathChoice) => void): void {
  output.dataset.state = result.outcome;
  const message = h("p", { class: "path-message", "data-path-message": "" }, result.message);
  if (!result.found) {
    replace(output, message);
    return;
  }
  const steps = h("div", { class: "path-steps-slot" });
  const show = (index: number) => {
    replace(steps, pathSteps(result, index));
    onShow({ result, index, nodes: result.paths[index] ?? [], edges: pathEdgeKeys(result, index) });
  };
  const name = uid("path-choice");
  const alternatives =
    result.paths.length < 2
      ? null
      : h(
          "fieldset",
          { class: "path-alternatives" },
          h("legend", {}, "Alternatives"),
          result.paths.map((keys, index) =>
            h(
              "label",
              { class: "path-alternative" },
              h("input", {
                type: "radio",
                name,
                value: String(index),
                checked: index === 0,
                "data-path-index": String(index),
                onchange: () => show(index),
              }),
              ` Path ${index + 1}: ${plural(keys.length - 1, "hop")}`,
            ),
          ),
        );
  replace(output, message, alternatives, steps);
  show(0);
}
