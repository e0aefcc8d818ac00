import { describe, expect, it } from "vitest";
import { matchRoute, paperPath, personPath } from "../../client/router.ts";

describe("matchRoute", () => {
  it.each([
    ["/", { page: "home" }],
    ["/explore", { page: "explore" }],
    ["/explore/", { page: "explore" }],
    ["/following", { page: "following" }],
    ["/moderation/", { page: "moderation" }],
    ["/embed", { page: "embed" }],
    ["/people/arxiv%3AXia%20Song", { page: "person", id: "arxiv:Xia Song" }],
    ["/papers/arxiv%3Ahep-th%2F9401002", { page: "paper", id: "arxiv:hep-th/9401002" }],
    ["/papers/arxiv:hep-th/9401002", { page: "paper", id: "arxiv:hep-th/9401002" }],
    ["/people/%E0%A4%A", { page: "not-found", path: "/people/%E0%A4%A" }],
    ["/sign-in", { page: "sign-in" }],
    ["/account/", { page: "account" }],
    ["/nowhere", { page: "not-found", path: "/nowhere" }],
  ])("%s", (path, route) => expect(matchRoute(path)).toEqual(route));

  it("builds paths that route back to the same id", () => {
    for (const id of ["arxiv:hep-th/9401002", "arxiv:UKQCD Collaboration", "openalex:W1?x#y"]) {
      expect(matchRoute(personPath(id))).toEqual({ page: "person", id });
      expect(matchRoute(paperPath(id))).toEqual({ page: "paper", id });
    }
  });
});
