/** The team page's URL state (client/team/state.ts): parsing is forgiving, building round-trips. */
import { describe, expect, it } from "vitest";
import { addMember, MAX_TEAM, parsePeople, removeMember, teamFromSearch, teamPath } from "../../client/team/state.ts";

describe("team URL state", () => {
  it("round-trips keys with spaces, slashes, accents and commas inside ids", () => {
    const keys = ["person:arxiv:Xia Song", "person:arxiv:J.Steprāns", "person:bib:smith, j", "person:openalex:A1/2"];
    const path = teamPath(keys);
    expect(path.startsWith("/team?people=person:arxiv:Xia%20Song,person:")).toBe(true);
    expect(teamFromSearch(path.slice(path.indexOf("?")))).toEqual(keys);
  });

  it("drops duplicates, stray commas, keys of other kinds and empty ids; keeps at most MAX_TEAM", () => {
    expect(parsePeople("person:a,,person:b,person:a,person:,")).toEqual(["person:a", "person:b"]);
    expect(parsePeople("paper:x,person:a")).toEqual(["person:a"]);
    const many = Array.from({ length: MAX_TEAM + 5 }, (_, i) => `person:p${i}`).join(",");
    expect(parsePeople(many)).toHaveLength(MAX_TEAM);
    expect(parsePeople(null)).toEqual([]);
  });

  it("adds and removes members without duplicates", () => {
    const team = addMember(addMember([], "person:a"), "person:b");
    expect(team).toEqual(["person:a", "person:b"]);
    expect(addMember(team, "person:a")).toBe(team);
    expect(addMember(team, "paper:x")).toBe(team);
    expect(removeMember(team, "person:a")).toEqual(["person:b"]);
    expect(teamPath([])).toBe("/team");
  });
});
