/**
 * The graph's palettes stay distinguishable for the three common dichromacies: each colour is simulated (Machado et
 * al. 2009, severity 1) and every pair must stay at least MIN_DELTA_E apart in CIEDE2000. The simulation and the
 * colour difference are implemented in the test helper from the papers, not taken from the app.
 */
import { describe, expect, it } from "vitest";
import { COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR } from "../../client/explorer/encodings.ts";
import { KIND_COLORS, KIND_SHAPES } from "../../client/graph/style.ts";
import {
  deltaE2000,
  hexToRgb,
  minPairwiseDelta,
  rgbToLab,
  simulate,
  type Deficiency,
} from "../_helpers/color-vision.ts";

/** ΔE2000 of 10: clearly different at a glance for small marks (2.3 is a just-noticeable difference). */
const MIN_DELTA_E = 10;
const DEFICIENCIES: readonly Deficiency[] = ["protanopia", "deuteranopia", "tritanopia"];

describe("the colour-vision helper itself", () => {
  it("reproduces a published CIEDE2000 test pair (Sharma, Wu & Dalal 2005, pair 1: 2.0425)", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
  });

  it("sees red and green alike under deuteranopia, and the old blue/violet kinds too (what the test must catch)", () => {
    const seen = (hex: string) => rgbToLab(simulate(hexToRgb(hex), "deuteranopia"));
    expect(deltaE2000(seen("#2563eb"), seen("#7c3aed"))).toBeLessThan(MIN_DELTA_E);
    expect(minPairwiseDelta(["#d62728", "#2ca02c"], "normal").delta).toBeGreaterThan(MIN_DELTA_E);
    expect(minPairwiseDelta(["#d62728", "#2ca02c"], "deuteranopia").delta).toBeLessThan(MIN_DELTA_E);
  });
});

describe.each([
  ["node kinds", Object.values(KIND_COLORS)],
  ["communities", [...COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR]],
])("the %s palette", (_name, palette) => {
  it.each(["normal", ...DEFICIENCIES] as const)(`keeps every pair ≥ ${MIN_DELTA_E} ΔE2000 apart (%s)`, (deficiency) => {
    const { delta, pair } = minPairwiseDelta(palette, deficiency);
    expect(delta, `${pair.join(" vs ")} under ${deficiency}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});

it("gives every kind its own shape, so colour is never the only cue", () => {
  const shapes = Object.values(KIND_SHAPES);
  expect(new Set(shapes).size).toBe(shapes.length);
});
