/** The rules and shaping of direct collaboration (server/graph/collaboration.ts), without a database. */
import { describe, expect, it } from "vitest";
import {
  capRetryAfterSeconds,
  DAY_MS,
  inviteRefusal,
  pendingPairKey,
  plainText,
  toConversation,
  toInvite,
  type PreflightRow,
} from "../../server/graph/collaboration.ts";

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const allowed: PreflightRow = {
  personExists: true,
  ownPersonId: "arxiv:A",
  recipientId: "user-b",
  pendingOut: false,
  pendingIn: false,
  talking: false,
  blocked: false,
  sentSince: [],
};

describe("inviteRefusal", () => {
  it("lets a claimed user invite another claimed person", () => {
    expect(inviteRefusal(allowed, "user-a", { perDay: 3, now: NOW })).toBeNull();
  });
  it("does not refuse a blocked sender (their invite is kept from the recipient instead)", () => {
    expect(inviteRefusal({ ...allowed, blocked: true }, "user-a", { perDay: 3, now: NOW })).toBeNull();
  });
  it.each([
    [{ personExists: false }, "not-found"],
    [{ ownPersonId: null }, "sender-unclaimed"],
    [{ recipientId: null }, "person-unclaimed"],
    [{ recipientId: "user-a" }, "self"],
    [{ pendingOut: true }, "pending-out"],
    [{ pendingIn: true }, "pending-in"],
    [{ talking: true }, "talking"],
  ] as const)("refuses %j as %s", (facts, kind) => {
    expect(inviteRefusal({ ...allowed, ...facts }, "user-a", { perDay: 3, now: NOW })?.kind).toBe(kind);
  });
  it("refuses past the daily cap until the oldest counted invite is 24 hours old", () => {
    const sentSince = [NOW - 10 * 3600_000, NOW - 5 * 3600_000, NOW - 1000];
    const refusal = inviteRefusal({ ...allowed, sentSince }, "user-a", { perDay: 3, now: NOW });
    expect(refusal).toEqual({ kind: "cap", retryAfterSeconds: 14 * 3600 });
    expect(inviteRefusal({ ...allowed, sentSince: sentSince.slice(1) }, "user-a", { perDay: 3, now: NOW })).toBeNull();
  });
});

describe("capRetryAfterSeconds", () => {
  it("waits for the invite whose expiry brings the count under the cap", () => {
    // 4 sent, cap 2: three must drop out (to leave room for one more), so the wait ends when the third oldest is a
    // day old.
    const sent = [NOW - 20 * 3600_000, NOW - 3 * 3600_000, NOW - 2 * 3600_000, NOW - 3600_000];
    expect(capRetryAfterSeconds(sent, { perDay: 2, now: NOW })).toBe((DAY_MS - 2 * 3600_000) / 1000);
  });
  it("is at least one second", () => {
    expect(capRetryAfterSeconds([NOW - DAY_MS], { perDay: 1, now: NOW })).toBe(1);
  });
});

describe("shaping", () => {
  it("keys a pending pair the same way from both sides", () => {
    expect(pendingPairKey("b", "a")).toBe(pendingPairKey("a", "b"));
    expect(pendingPairKey("a", "b")).toBe("a|b");
  });
  it("keeps text as written apart from line ends and outer blank space", () => {
    expect(plainText("  <b>hi</b>\r\n\r\nthere \n")).toBe("<b>hi</b>\n\nthere");
    expect(plainText(" \n\t ")).toBe("");
  });
  it("turns rows into the contract's invite and conversation, times as ISO strings", () => {
    const invite = toInvite({
      invite: {
        id: "i1",
        message: "m",
        status: "pending",
        createdAt: "2026-11-29T12:00:00.000000000Z",
        decidedAt: null,
      },
      from: { id: "arxiv:A", name: null },
      to: null,
      conversationId: null,
      senderBlocked: false,
    });
    expect(invite.createdAt).toBe("2026-11-29T12:00:00.000Z");
    expect(invite.from).toEqual({ id: "arxiv:A", key: "person:arxiv:A", name: "arxiv:A" });
    expect(invite.to).toBeNull();
    const conversation = toConversation({
      conversation: { id: "c1", createdAt: "2026-11-29T12:00:00Z", messageCount: 3 },
      with: { id: "arxiv:B", name: "B" },
      unread: 2,
      lastMessageAt: null,
      otherLeft: true,
    });
    expect(conversation).toMatchObject({ messages: 3, unread: 2, open: false, otherLeft: true, lastMessageAt: null });
  });
});
