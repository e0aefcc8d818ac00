/** Keys, edge keys and size hints of the serialized graph (contract/keys.ts, server/graph/serialized.ts). */
import { describe, expect, it } from "vitest";
import { parseNodeKey } from "../../contract/keys.ts";
import { NODE_KINDS } from "../../contract/kinds.ts";
import { edgeKindOf } from "../../server/graph/relationships.ts";
import { parseList } from "../../server/routes/graph/params.ts";
import { GraphAccumulator, toSerializedEdge } from "../../server/graph/serialized.ts";

describe("node keys", () => {
  it("parses <kind>:<id> with ids that contain colons and slashes", () => {
    expect(parseNodeKey("paper:arxiv:hep-th/9401002")).toEqual({ kind: "paper", id: "arxiv:hep-th/9401002" });
    expect(parseNodeKey("person:arxiv:Xia Song")).toEqual({ kind: "person", id: "arxiv:Xia Song" });
  });
  it.each(["", "person", "person:", "Person:x", "label:x", ":x"])("rejects %j", (key) =>
    expect(parseNodeKey(key)).toBeNull(),
  );
  it("parses kind lists against the allow-list and names the first unknown entry", () => {
    expect(parseList("Person, paper,person", NODE_KINDS, NODE_KINDS)).toEqual({
      values: ["person", "paper"],
      invalid: null,
    });
    expect(parseList("person,Paper) RETURN 1 //", NODE_KINDS, NODE_KINDS).invalid).toBe("Paper) RETURN 1 //");
    expect(parseList(undefined, NODE_KINDS, ["person"]).values).toEqual(["person"]);
  });
  it("maps only known relationship types", () => {
    expect(edgeKindOf("COAUTHOR")).toBe("coauthor");
    expect(edgeKindOf("KNOWS")).toBeNull();
  });
});

describe("edges", () => {
  const a = { kind: "person" as const, id: "arxiv:B" };
  const b = { kind: "person" as const, id: "arxiv:A" };
  it("puts the smaller key first for co-authorship, whatever the stored direction", () => {
    const edge = toSerializedEdge({ type: "COAUTHOR", source: a, target: b, props: { works: 3, topics: ["t"] } });
    expect(edge?.key).toBe("coauthor:person:arxiv:A->person:arxiv:B");
    expect(edge?.source).toBe("person:arxiv:A");
    expect(edge?.attributes).toEqual({ kind: "coauthor", weight: 3, works: 3, topics: ["t"] });
  });
  it("keeps direction for directed kinds and drops unknown types", () => {
    const paper = { kind: "paper" as const, id: "arxiv:1" };
    expect(toSerializedEdge({ type: "AUTHORED", source: a, target: paper, props: { position: 2 } })?.key).toBe(
      "authored:person:arxiv:B->paper:arxiv:1",
    );
    expect(toSerializedEdge({ type: "SECRET", source: a, target: paper, props: {} })).toBeNull();
  });
  it("accumulates each node and edge once, and only edges whose ends are present", () => {
    const graph = new GraphAccumulator();
    graph.addNode({ ...a, name: "B" });
    graph.addNode({ ...a, name: "B again" });
    graph.addEdge({ type: "COAUTHOR", source: a, target: b, props: {} });
    graph.addNode({ ...b, name: "A" });
    graph.addEdge({ type: "COAUTHOR", source: a, target: b, props: {} });
    graph.addEdge({ type: "COAUTHOR", source: b, target: a, props: {} });
    const out = graph.toGraph({});
    expect(out.nodes.map((n) => n.attributes.label)).toEqual(["B", "A"]);
    expect(out.edges).toHaveLength(1);
  });
});
