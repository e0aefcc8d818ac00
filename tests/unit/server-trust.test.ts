/** The trust snapshot formula of docs/TRUST-SCORE.md, factor by factor. */
import { describe, expect, it } from "vitest";
import { doublings, tierOf, trustSnapshot, verificationLevel, type TrustEvidence } from "../../server/graph/trust.ts";

const base: TrustEvidence = {
  storedVerification: null,
  personId: "arxiv:A.Name",
  claims: [],
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

  it("gives the record L1 for a persistent id or a source's statement, L0 for a name alone", () => {
    expect(verificationLevel({ ...base, works: 12 })).toBe("L0");
    expect(verificationLevel({ ...base, orcid: "0000-0002-0361-3756" })).toBe("L1");
    expect(verificationLevel({ ...base, personId: "openalex:A5023888391" })).toBe("L1");
    expect(verificationLevel({ ...base, storedVerification: "L1" })).toBe("L1");
    // A source cannot state a claim made here: a stored L3 counts as L1; nonsense and L0 as nothing.
    expect(verificationLevel({ ...base, storedVerification: "L3" })).toBe("L1");
    expect(verificationLevel({ ...base, storedVerification: "bogus" })).toBe("L0");
    expect(verificationLevel({ ...base, storedVerification: "L0" })).toBe("L0");
  });

  it.each([
    [[{ status: "pending", level: null }], "L1", 0],
    [[{ status: "pending", level: "L2" }], "L2", 0],
    [[{ status: "claimed", level: "L3" }], "L3", 15],
    [[{ status: "claimed", level: "L4" }], "L4", 15],
    [
      [
        { status: "claimed", level: "L3" },
        { status: "disputed", level: null },
      ],
      "L3",
      0,
    ],
    [[{ status: "rejected", level: "L2" }], "L1", 0],
    [[{ status: "revoked", level: "L4" }], "L1", 0],
  ] as const)("claims %j raise an L1 record to %s with %i claimed points", (claims, level, claimedPoints) => {
    const trust = trustSnapshot({ ...base, storedVerification: "L1", claims });
    expect(trust.verification).toBe(level);
    expect(trust.factors.find((f) => f.key === "claimed")!.points).toBe(claimedPoints);
    const points = { L0: 0, L1: 6, L2: 12, L3: 24, L4: 30 }[level];
    expect(trust.factors.find((f) => f.key === "verification")!.points).toBe(points);
  });

  it("caps every factor and the total at 100", () => {
    const claims = [{ status: "claimed", level: "L4" }] as const;
    const trust = trustSnapshot({ ...base, claims, works: 1e6, coauthors: 1e9, topics: 1e6 });
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
