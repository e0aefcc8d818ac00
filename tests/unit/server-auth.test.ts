/** The pure helpers of sign-in: the landing path (open-redirect guard), email normalisation, the mail and its link. */
import { describe, expect, it } from "vitest";
import { normaliseEmail } from "../../server/auth/email-address.ts";
import { safeNextPath } from "../../server/auth/next-path.ts";
import { signInLink, signInMail } from "../../server/auth/sign-in-mail.ts";
import { hashToken, randomToken, sameSecret } from "../../server/auth/tokens.ts";

describe("safeNextPath", () => {
  it.each([
    ["/", "/"],
    ["/people/arxiv%3AXia%20Song", "/people/arxiv%3AXia%20Song"],
    ["/explore?focus=person%3Ax&s=1#cam", "/explore?focus=person%3Ax&s=1#cam"],
    ["/a/../b", "/b"],
  ])("keeps the same-site path %j", (raw, expected) => expect(safeNextPath(raw)).toBe(expected));

  it.each([
    null,
    undefined,
    "",
    "people/x",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/" + "x".repeat(2000),
  ])("sends %j to /", (raw) => expect(safeNextPath(raw)).toBe("/"));
});

describe("normaliseEmail", () => {
  it("trims and lower-cases", () =>
    expect(normaliseEmail("  Ada.Lovelace@Example.ORG ")).toBe("ada.lovelace@example.org"));
  it.each(["ada", "ada@example", "a b@example.org", "a@b@example.org", "<a@example.org>", `${"a".repeat(250)}@x.org`])(
    "refuses %j",
    (raw) => expect(normaliseEmail(raw)).toBeNull(),
  );
});

describe("tokens", () => {
  it("are 256-bit base64url, distinct, hashed with sha256, compared in full", () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(a);
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sameSecret(a, a)).toBe(true);
    expect(sameSecret(a, a.slice(0, -1))).toBe(false);
    expect(sameSecret(a, `${a.slice(0, -1)}${a.endsWith("A") ? "B" : "A"}`)).toBe(false);
  });
});

describe("the sign-in mail", () => {
  it("carries the link to the verify route and says how long it lasts", () => {
    const link = signInLink("https://graph.example.org/", "tok-en_1");
    expect(link).toBe("https://graph.example.org/api/auth/verify?token=tok-en_1");
    const mail = signInMail("ada@example.org", link, 15);
    expect(mail.to).toBe("ada@example.org");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("within 15 minutes");
  });
});
