/** Claim evidence and the record's status and level from its claims (docs/CLAIMS.md), rule by rule. */
import { describe, expect, it } from "vitest";
import {
  assessClaim,
  claimsLevel,
  emailDomain,
  normalizeOrcid,
  recordStatus,
  type ClaimInput,
  type ClaimState,
} from "../../server/graph/claims.ts";

const none = { addressInWorks: [], domainInWorks: [], institutions: [] };
const input: ClaimInput = {
  method: "email",
  email: "ada@cs.example.edu",
  userOrcid: null,
  recordOrcid: null,
  emailEvidence: none,
};

describe("normalizeOrcid and emailDomain", () => {
  it.each([
    ["0000-0002-1825-0097", "0000-0002-1825-0097"],
    ["https://orcid.org/0000-0002-1694-233x", "0000-0002-1694-233X"],
    ["orcid 1234", null],
    [null, null],
  ])("normalizeOrcid(%j) = %j", (value, expected) => expect(normalizeOrcid(value)).toBe(expected));

  it.each([
    ["Ada@CS.Example.edu", "cs.example.edu"],
    ["no-at-sign", null],
    ["a@localhost", null],
    [null, null],
  ])("emailDomain(%j) = %j", (value, expected) => expect(emailDomain(value)).toBe(expected));
});

describe("assessClaim", () => {
  it("approves at once only an authenticated ORCID equal to the record's (L3)", () => {
    const orcid = { ...input, method: "orcid" as const, userOrcid: "0000-0002-1825-0097" };
    expect(assessClaim({ ...orcid, recordOrcid: "https://orcid.org/0000-0002-1825-0097" })).toMatchObject({
      level: "L3",
      approveAtOnce: true,
    });
    for (const recordOrcid of ["0000-0002-1825-0098", null]) {
      const result = assessClaim({ ...orcid, recordOrcid });
      expect(result).toMatchObject({ level: null, approveAtOnce: false });
      expect(result.evidence).toHaveLength(1);
    }
    expect(assessClaim({ ...orcid, userOrcid: null, recordOrcid: "0000-0002-1825-0097" }).level).toBeNull();
  });

  it("gives L2, pending, for an address or domain found in the record, and lists every finding", () => {
    const result = assessClaim({
      ...input,
      emailEvidence: { addressInWorks: ["W1"], domainInWorks: ["W1", "W2"], institutions: ["I1"] },
    });
    expect(result.level).toBe("L2");
    expect(result.approveAtOnce).toBe(false);
    expect(result.evidence).toEqual([
      "the address appears in work W1",
      "@cs.example.edu is a web domain of affiliation I1",
      "an @cs.example.edu address appears in work W2",
    ]);
  });

  it("accepts a claim without matching evidence with no level (a moderator decides from the note)", () => {
    expect(assessClaim(input)).toMatchObject({ level: null, approveAtOnce: false });
    expect(assessClaim({ ...input, email: null }).evidence).toEqual(["no verified email on the account"]);
  });

  it("does not let a matching ORCID rescue an email claim, or the other way round", () => {
    const withOrcid = { ...input, userOrcid: "0000-0002-1825-0097", recordOrcid: "0000-0002-1825-0097" };
    expect(assessClaim(withOrcid).level).toBeNull();
    const orcidClaimWithEmailEvidence = {
      ...input,
      method: "orcid" as const,
      emailEvidence: { ...none, addressInWorks: ["W1"] },
    };
    expect(assessClaim(orcidClaimWithEmailEvidence).level).toBeNull();
  });
});

describe("the record's status and level from its claims", () => {
  const cases: Array<[ClaimState[], string, string]> = [
    [[], "unclaimed", "L0"],
    [[{ status: "pending", level: null }], "pending", "L0"],
    [[{ status: "pending", level: "L2" }], "pending", "L2"],
    [[{ status: "claimed", level: "L3" }], "claimed", "L3"],
    [
      [
        { status: "claimed", level: "L4" },
        { status: "disputed", level: "L2" },
      ],
      "disputed",
      "L4",
    ],
    [[{ status: "disputed", level: null }], "pending", "L0"],
    [
      [
        { status: "rejected", level: "L2" },
        { status: "revoked", level: "L4" },
      ],
      "unclaimed",
      "L0",
    ],
    [
      [
        { status: "withdrawn", level: "L3" },
        { status: "released", level: "L3" },
      ],
      "unclaimed",
      "L0",
    ],
  ];
  it.each(cases)("%j → %s, %s", (claims, status, level) => {
    expect(recordStatus(claims)).toBe(status);
    expect(claimsLevel(claims)).toBe(level);
  });
});
