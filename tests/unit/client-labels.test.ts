import { describe, expect, it } from "vitest";
import { labelBox, pickLabels, type LabelCandidate } from "../../client/graph/labels.ts";

function node(key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { key, x, y, radius: 6, width: 60, height: 14, priority: 1, ...extra };
}

function boxesOverlap(a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

describe("pickLabels", () => {
  it("labels isolated nodes on the right", () => {
    const picked = pickLabels([node("a", 100, 100), node("b", 400, 100)]);
    expect([...picked]).toEqual([
      ["a", "right"],
      ["b", "right"],
    ]);
  });

  it("moves a label to another side rather than overlap, and drops it when no side is free", () => {
    // b sits where a's right-hand label would go: a goes left. c is boxed in on all sides by nodes.
    const a = node("a", 100, 100, { priority: 2 });
    const b = node("b", 150, 100);
    const picked = pickLabels([a, b]);
    expect(picked.get("a")).toBe("left");
    const boxed = [
      node("c", 300, 300, { priority: 5 }),
      node("n1", 340, 300),
      node("n2", 260, 300),
      node("n3", 300, 325),
      node("n4", 300, 275),
    ];
    expect(pickLabels(boxed).has("c")).toBe(false);
  });

  it("never lets two kept labels overlap, on a dense random layout", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nodes = Array.from({ length: 300 }, (_, i) =>
      node(`n${i}`, random() * 800, random() * 600, {
        radius: 3 + random() * 10,
        width: 30 + random() * 120,
        priority: random(),
      }),
    );
    const picked = pickLabels(nodes, { viewport: { width: 800, height: 600 } });
    expect(picked.size).toBeGreaterThan(5);
    const boxes = [...picked].map(([key, side]) =>
      labelBox(
        nodes.find((n) => n.key === key)!,
        side,
      ),
    );
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i]!;
      expect(box.x1 >= 0 && box.y1 >= 0 && box.x2 <= 800 && box.y2 <= 600).toBe(true);
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(box, boxes[j]!)).toBe(false);
    }
  });

  it("skips small nodes unless important, and always labels forced ones", () => {
    const picked = pickLabels([
      node("tiny", 100, 100, { radius: 2 }),
      node("tinyNeighbour", 300, 100, { radius: 2, important: true }),
      node("hovered", 500, 100, { force: true }),
      node("blocker", 550, 100, { radius: 30 }),
    ]);
    expect(picked.has("tiny")).toBe(false);
    expect(picked.has("tinyNeighbour")).toBe(true);
    expect(picked.has("hovered")).toBe(true);
  });

  it("lets context labels cover smaller nodes, but not bigger ones nor other labels", () => {
    const topic = node("topic", 100, 100, { overNodes: true, priority: 3, radius: 10 });
    const blockers = [node("r", 150, 100), node("l", 50, 100), node("d", 100, 125), node("u", 100, 75)];
    expect(pickLabels([topic, ...blockers]).get("topic")).toBe("right");
    const big = node("focus", 150, 100, { radius: 20 });
    expect(pickLabels([topic, big]).get("topic")).not.toBe("right");
    const author = node("author", 150, 100, { solid: true });
    expect(pickLabels([topic, author]).get("topic")).not.toBe("right");
  });

  it("keeps labels clear of overlaid controls", () => {
    const a = node("a", 100, 100);
    expect(pickLabels([a], { obstacles: [{ x1: 100, y1: 80, x2: 200, y2: 120 }] }).get("a")).toBe("left");
  });
});
