/** Presenters turn query rows into the API's JSON: keys added, absent values made explicit nulls. */
import { describe, expect, it } from "vitest";
import { presentPaper, presentProfile, presentWork } from "../../server/graph/presenters.ts";

describe("presentProfile", () => {
  it("adds keys, counts from the lists and a trust snapshot; absent facts become null or zero", () => {
    const profile = presentProfile({
      person: { id: "openalex:A1", name: "Ada", orcid: "0000-0001" },
      works: 3,
      firstYear: 2001,
      lastYear: 2004,
      citations: 5,
      affiliations: [{ id: "openalex:I1", name: "Uni", country: null, ror: null, works: 2, lastYear: 2004 }],
      topics: [{ id: "openalex:T1", name: "Topic", code: null, works: 3 }],
      coauthorsTotal: 2,
      coauthors: [
        { id: "openalex:A2", name: "Bo", sharedWorks: 3, firstYear: 2001, lastYear: 2004 },
        { id: "openalex:A3", name: "Cy", sharedWorks: 1, firstYear: 2002, lastYear: 2002 },
      ],
      closeCollaborators: [{ id: "openalex:A2", name: "Bo", sharedWorks: 3, firstYear: 2001, lastYear: 2004 }],
    });
    expect(profile).toMatchObject({
      id: "openalex:A1",
      key: "person:openalex:A1",
      headline: null,
      claimed: false,
      followers: 0,
      following: false,
      claim: { status: "unclaimed", mine: null },
      verification: "L1",
      counts: { works: 3, topics: 1, coauthors: 2, closeCollaborators: 1, followers: 0, citations: 5 },
      activeYears: { first: 2001, last: 2004 },
    });
    expect(profile.affiliations[0]!.key).toBe("institution:openalex:I1");
    expect(profile.closeCollaborators[0]!.key).toBe("person:openalex:A2");
    expect(profile.trust.score).toBe(6 + 2 * 2 + 1 + 2 * 1);
  });

  it("takes followers, the record's claim status and the viewer's own claim from the row", () => {
    const profile = presentProfile({
      person: { id: "arxiv:A.Name", name: "A.Name", verification: "L1" },
      followers: 4,
      following: true,
      claims: [
        { status: "claimed", level: "L3" },
        { status: "disputed", level: null },
      ],
      myClaim: { id: "c1", status: "disputed", level: null },
    });
    expect(profile).toMatchObject({
      followers: 4,
      counts: { followers: 4 },
      following: true,
      claimed: true,
      verification: "L3",
      claim: { status: "disputed", mine: { id: "c1", status: "disputed", level: null } },
    });
  });
});

describe("presentWork and presentPaper", () => {
  it("fill missing venue, abstract and counts", () => {
    const work = presentWork({
      work: { id: "arxiv:hep-th/9401001", title: "T", year: 1994 },
      authors: [{ id: "arxiv:A.B", name: "A.B", position: 1 }],
      topics: [{ id: "arxiv:hep-th", name: "HEP", code: "hep-th" }],
      venue: null,
    });
    expect(work).toMatchObject({
      key: "paper:arxiv:hep-th/9401001",
      venue: null,
      abstract: null,
      citationCount: 0,
      authors: [{ key: "person:arxiv:A.B", position: 1 }],
      topics: [{ key: "topic:arxiv:hep-th" }],
    });
    const paper = presentPaper({ paper: { id: "p", title: "P" }, references: [{ id: "q", title: "Q" }] });
    expect(paper).toMatchObject({
      key: "paper:p",
      referencesCount: 0,
      citedBy: [],
      references: [{ key: "paper:q", year: null, citationCount: 0 }],
    });
  });
});
