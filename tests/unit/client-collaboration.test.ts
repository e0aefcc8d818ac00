/** The profile's invite button: when it is enabled, the reason when it is not, and the distance in words. */
import { describe, expect, it } from "vitest";
import { distanceText, inviteBlocker, type Viewer } from "../../client/pages/profile/collaboration.ts";

const claimedViewer: Viewer = { signedIn: true, claimedPersonId: "arxiv:A" };

describe("inviteBlocker", () => {
  it("lets a viewer with a claimed profile invite another claimed profile", () => {
    expect(inviteBlocker({ id: "arxiv:B", claimed: true }, claimedViewer)).toBeNull();
  });
  it.each([
    [{ id: "arxiv:B", claimed: false }, claimedViewer, "Claim this author entity first"],
    [{ id: "arxiv:B", claimed: true }, { signedIn: false, claimedPersonId: null }, "Sign in"],
    [{ id: "arxiv:B", claimed: true }, { signedIn: true, claimedPersonId: null }, "Claim your own author profile"],
    [{ id: "arxiv:A", claimed: true }, claimedViewer, "This is your profile"],
  ])("gives the reason for %j seen by %j", (person, viewer, reason) => {
    expect(inviteBlocker(person, viewer)).toContain(reason);
  });
});

describe("distanceText", () => {
  it.each([
    [1, "written together"],
    [2, "share co-authors"],
    [3, "3 steps apart"],
    [null, "Not connected"],
  ])("%s → %s", (distance, words) => {
    expect(distanceText(distance)).toContain(words);
  });
});
