/** The trust snapshot formula of docs/TRUST-SCORE.md, factor by factor. */
import { describe, expect, it } from "vitest";
import { doublings, tierOf, trustSnapshot, verificationLevel, type TrustEvidence } from "../../server/graph/trust.ts";

const base: TrustEvidence = {
  storedVerification: null,
  claimed: false,
  orcid: null,
  works: 0,
  coauthors: 0,
  topics: 0,
};

describe("trust snapshot", () => {
  it("reproduces the modelled page for the seed profile's evidence (21, Emerging)", () => {
    const trust = trustSnapshot({ ...base, storedVerification: "L1", works: 7, coauthors: 53, topics: 3 });
    expect(trust.score).toBe(21);
    expect(trust.tier).toBe("Emerging");
    expect(trust.verification).toBe("L1");
    expect(trust.factors.map((f) => [f.key, f.points])).toEqual([
      ["verification", 6],
      ["claimed", 0],
      ["works", 6],
      ["coauthors", 5],
      ["topics", 4],
    ]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [7, 3],
    [8, 3],
    [15, 4],
    [53, 5],
    [63, 6],
    [135, 7],
  ])("doublings(%i) = %i", (n, d) => expect(doublings(n)).toBe(d));

  it("derives verification from evidence when none is stored", () => {
    expect(verificationLevel(base)).toBe("L0");
    expect(verificationLevel({ ...base, works: 1 })).toBe("L1");
    expect(verificationLevel({ ...base, works: 1, orcid: "0000-0002-0361-3756" })).toBe("L2");
    expect(verificationLevel({ ...base, claimed: true })).toBe("L3");
    expect(verificationLevel({ ...base, storedVerification: "L2" })).toBe("L2");
    expect(verificationLevel({ ...base, storedVerification: "bogus", works: 2 })).toBe("L1");
  });

  it("caps every factor and the total at 100", () => {
    const trust = trustSnapshot({ ...base, claimed: true, works: 1e6, coauthors: 1e9, topics: 1e6 });
    for (const factor of trust.factors) expect(factor.points).toBeLessThanOrEqual(factor.max);
    expect(trust.factors.reduce((sum, f) => sum + f.max, 0)).toBe(100);
    expect(trust.score).toBeLessThanOrEqual(100);
    expect(trust.tier).toBe("Highly trusted");
  });

  it.each([
    [0, "New"],
    [19, "New"],
    [20, "Emerging"],
    [39, "Emerging"],
    [40, "Established"],
    [60, "Trusted"],
    [80, "Highly trusted"],
  ])("score %i is tier %s", (score, tier) => expect(tierOf(score)).toBe(tier));
});
