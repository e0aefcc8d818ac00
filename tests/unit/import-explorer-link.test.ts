/** The import page's explorer link: the explorer's own URL reader finds the works as focus, added nodes and selection. */
import { describe, expect, it } from "vitest";
import { fromSearch } from "../../client/explorer/url-state.ts";
import { EXPLORER_LINK_MAX_WORKS, explorerUrlForWorks } from "../../client/imports/explorer-link.ts";
import { matchRoute } from "../../client/router.ts";

describe("explorerUrlForWorks", () => {
  it("opens the first work as focus and adds the others, all selected", () => {
    const ids = ["openalex:W1", "arxiv:hep-th/9201001", "bib:0123456789abcdef"];
    const url = new URL(explorerUrlForWorks(ids)!, "http://x");
    expect(matchRoute(url.pathname)).toEqual({ page: "explore" });
    const state = fromSearch(url.search)!;
    expect(state.focus).toBe("paper:openalex:W1");
    expect(state.steps).toEqual(ids.slice(1).map((id) => ({ type: "add", node: `paper:${id}` })));
    expect(state.selection).toEqual(ids.map((id) => `paper:${id}`));
  });

  it("caps the works of one link and has none for an empty list", () => {
    const ids = Array.from({ length: EXPLORER_LINK_MAX_WORKS + 7 }, (_, i) => `doi:10.1/${i}`);
    expect(fromSearch(new URL(explorerUrlForWorks(ids)!, "http://x").search)!.selection).toHaveLength(
      EXPLORER_LINK_MAX_WORKS,
    );
    expect(explorerUrlForWorks([])).toBeNull();
    expect(matchRoute("/import")).toEqual({ page: "import" });
  });
});
