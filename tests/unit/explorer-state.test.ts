import { DirectedGraph as Graph } from "graphology";
import { describe, expect, it } from "vitest";
import { applyFilters, DEFAULT_FILTERS, yearExtent, type Filters } from "../../client/explorer/filters.ts";
import { computeAppearance, computeCommunities } from "../../client/explorer/encodings.ts";
import {
  goToSteps,
  initialState,
  pushStep,
  redo,
  select,
  setLabelDensity,
  undo,
  type ExplorerState,
} from "../../client/explorer/state.ts";
import { fromSearch, graphChanged, toSearch } from "../../client/explorer/url-state.ts";

/** Two people who co-wrote a 1993 paper on hep-th, one 2001 paper, an institution nobody links to. */
function fixture(): Graph {
  const g = new Graph();
  g.addNode("person:a", { kind: "person", firstYear: 1991, lastYear: 1995, worksCount: 10 });
  g.addNode("person:b", { kind: "person", firstYear: 2000, lastYear: 2002, worksCount: 2 });
  g.addNode("paper:p", { kind: "paper", year: 1993, citationCount: 40 });
  g.addNode("paper:q", { kind: "paper", year: 2001, citationCount: 1 });
  g.addNode("topic:arxiv:hep-th", { kind: "topic" });
  g.addNode("institution:i", { kind: "institution" });
  g.addEdgeWithKey("e1", "person:a", "paper:p", { kind: "authored", weight: 1 });
  g.addEdgeWithKey("e2", "person:b", "paper:q", { kind: "authored", weight: 1 });
  g.addEdgeWithKey("e3", "person:a", "person:b", { kind: "coauthor", weight: 3, topics: ["arxiv:hep-th"] });
  g.addEdgeWithKey("e4", "paper:p", "topic:arxiv:hep-th", { kind: "has_topic", weight: 1 });
  return g;
}
const hidden = (patch: Partial<Filters>) =>
  [...applyFilters(fixture(), { ...DEFAULT_FILTERS, ...patch }).hiddenNodes].sort();

describe("applyFilters", () => {
  it("hides nothing by default", () => expect(hidden({})).toEqual([]));
  it("hides unchecked kinds and their edges", () => {
    const result = applyFilters(fixture(), { ...DEFAULT_FILTERS, kinds: ["person", "topic", "institution", "venue"] });
    expect([...result.hiddenNodes].sort()).toEqual(["paper:p", "paper:q"]);
    expect([...result.hiddenEdges].sort()).toEqual(["e1", "e2", "e4"]);
  });
  it("hides nodes whose years fall outside the range; nodes without years stay", () => {
    expect(hidden({ yearFrom: 1999 })).toEqual(["paper:p", "person:a"]);
    expect(hidden({ yearFrom: 1992, yearTo: 1994 })).toEqual(["paper:q", "person:b"]);
  });
  it("hides edges under the minimum weight, and then isolated nodes when asked", () => {
    const result = applyFilters(fixture(), { ...DEFAULT_FILTERS, minEdgeWeight: 2 });
    expect([...result.hiddenEdges].sort()).toEqual(["e1", "e2", "e4"]);
    expect(hidden({ minEdgeWeight: 2, hideIsolated: true })).toEqual([
      "institution:i",
      "paper:p",
      "paper:q",
      "topic:arxiv:hep-th",
    ]);
  });
  it("hides isolated nodes", () => expect(hidden({ hideIsolated: true })).toEqual(["institution:i"]));
  it("keeps a topic, its papers, their authors and co-authorships on it", () => {
    expect(hidden({ topic: "topic:arxiv:hep-th" })).toEqual(["institution:i", "paper:q"]);
  });
  it("finds the year extent", () => expect(yearExtent(fixture())).toEqual([1991, 2002]));
});

describe("appearance", () => {
  const colors = { person: "#111111", paper: "#222222", topic: "#333333", institution: "#444444", venue: "#555555" };
  const labels = { person: "People", paper: "Papers", topic: "Topics", institution: "Institutions", venue: "Venues" };

  it("colours by kind with a legend of the kinds present", () => {
    const a = computeAppearance(fixture(), { colorBy: "kind", sizeBy: "degree" }, colors, labels);
    expect(a.colors.get("paper:p")).toBe("#222222");
    expect(a.legend.map((e) => [e.label, e.count])).toEqual([
      ["People", 2],
      ["Papers", 2],
      ["Topics", 1],
      ["Institutions", 1],
    ]);
  });

  it("sizes by the chosen measure, largest value largest node", () => {
    const byCitations = computeAppearance(fixture(), { colorBy: "kind", sizeBy: "citations" }, colors, labels).sizes;
    expect(byCitations.get("paper:p")!).toBeGreaterThan(byCitations.get("paper:q")!);
    const byDegree = computeAppearance(fixture(), { colorBy: "kind", sizeBy: "degree" }, colors, labels).sizes;
    expect(byDegree.get("person:a")!).toBeGreaterThan(byDegree.get("institution:i")!);
    const byWorks = computeAppearance(fixture(), { colorBy: "kind", sizeBy: "works" }, colors, labels).sizes;
    expect(byWorks.get("person:a")!).toBeGreaterThan(byWorks.get("person:b")!);
  });

  it("finds the two cliques of a barbell as two communities, deterministically", () => {
    const g = new Graph();
    const clique = (prefix: string) => {
      for (let i = 0; i < 5; i++) g.addNode(`${prefix}${i}`, { kind: "person" });
      for (let i = 0; i < 5; i++)
        for (let j = i + 1; j < 5; j++) g.addEdge(`${prefix}${i}`, `${prefix}${j}`, { weight: 1 });
    };
    clique("l");
    clique("r");
    g.addEdge("l0", "r0", { weight: 1 });
    const communities = computeCommunities(g);
    expect(new Set(["l1", "l2", "l3", "l4"].map((k) => communities.get(k))).size).toBe(1);
    expect(communities.get("l1")).not.toBe(communities.get("r1"));
    expect(computeCommunities(g)).toEqual(communities);
    const a = computeAppearance(g, { colorBy: "community", sizeBy: "degree" }, colors, labels);
    expect(a.legend.map((e) => e.count)).toEqual([5, 5]);
  });
});

describe("state producers", () => {
  const e = (node: string, page = 0) => ({ type: "expand" as const, node, page });

  it("undo and redo move the cursor; a new step drops the redo tail", () => {
    let s: ExplorerState = initialState("person:a");
    s = pushStep(e("person:b"))(s);
    s = pushStep(e("person:c"))(s);
    s = undo()(s);
    expect(s.cursor).toBe(1);
    expect(redo()(s).cursor).toBe(2);
    s = pushStep(e("person:d"))(s);
    expect(s.steps.map((x) => x.node)).toEqual(["person:b", "person:d"]);
    expect(redo()(s)).toBe(s);
    expect(undo()(undo()(undo()(s))).cursor).toBe(0);
  });

  it("goToSteps keeps the redo tail when going back, replaces it otherwise", () => {
    let s = pushStep(e("person:c"))(pushStep(e("person:b"))(initialState("person:a")));
    s = goToSteps([e("person:b")])(s);
    expect([s.cursor, s.steps.length]).toEqual([1, 2]);
    s = goToSteps([e("person:x")])(s);
    expect(s.steps).toEqual([e("person:x")]);
  });

  it("selects one node, shift toggles a multi-selection", () => {
    let s = select("person:b")(initialState("person:a"));
    expect(s.selection).toEqual(["person:b"]);
    s = select("person:c", true)(s);
    expect(s.selection).toEqual(["person:b", "person:c"]);
    expect(select("person:b", true)(s).selection).toEqual(["person:c"]);
  });

  it("clamps label density", () => expect(setLabelDensity(99)(initialState("person:a")).labelDensity).toBe(3));
});

describe("URL state", () => {
  it("round-trips focus, steps, filters, encodings, labels, camera and selection", () => {
    let s = initialState("person:arxiv:Xia Song");
    s = pushStep({ type: "expand", node: "paper:arxiv:hep-th/9401002", page: 0 })(s);
    s = pushStep({ type: "expand", node: "paper:arxiv:hep-th/9401002", page: 2 })(s);
    s = pushStep({ type: "add", node: "topic:arxiv:cs.CL" })(s);
    s = pushStep({ type: "collapse", node: "paper:arxiv:hep-th/9401002" })(s);
    s = {
      ...s,
      filters: {
        kinds: ["person", "paper"],
        yearFrom: 1992,
        yearTo: 1994,
        minEdgeWeight: 2,
        topic: "topic:arxiv:cs.CL",
        hideIsolated: true,
      },
      encodings: { colorBy: "community", sizeBy: "citations" },
      labelDensity: 1.5,
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      selection: ["person:arxiv:Xia Song", "paper:a&b=c"],
    };
    const back = fromSearch(toSearch(s))!;
    expect(back).toEqual(s);
    expect(graphChanged(s, back)).toBe(false);
  });

  it("writes only the focus for a fresh state", () => {
    expect(toSearch(initialState("person:x"))).toBe("focus=person%3Ax&sel=person%3Ax");
  });

  it("ignores what it cannot read instead of failing", () => {
    const s = fromSearch(
      "focus=person:x&s=zz.person:y&s=e.nokind&kinds=person,bogus&minw=abc&cam=1,2&color=red&from=19x",
    )!;
    expect(s.steps).toEqual([]);
    expect(s.filters.kinds).toEqual(["person"]);
    expect(s.filters.minEdgeWeight).toBe(1);
    expect(s.filters.yearFrom).toBeNull();
    expect(s.camera).toBeNull();
    expect(s.encodings.colorBy).toBe("kind");
    expect(fromSearch("focus=nonsense")).toBeNull();
    expect(fromSearch("")).toBeNull();
  });

  it("tells a graph change from a view change", () => {
    const a = initialState("person:a");
    expect(graphChanged(a, { ...a, camera: { x: 1, y: 1, ratio: 1 } })).toBe(false);
    expect(graphChanged(a, pushStep({ type: "expand", node: "person:b", page: 0 })(a))).toBe(true);
  });
});
