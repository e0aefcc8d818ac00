/**
 * Reads the mail outbox (RGE_MAIL_OUTBOX: one .eml per message, written by server/plugins/mailer.ts) as a person would
 * read their mailbox: headers, the quoted-printable body decoded, and the sign-in link in it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

/** Quoted-printable (RFC 2045) → text: soft line breaks joined, `=XX` bytes decoded as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** One RFC 5322 message (as nodemailer writes it) → its headers and decoded text; `file` names where it came from. */
export function parseMail(file: string, raw: string): OutboxMail {
  const normalised = raw.replace(/\r\n/g, "\n");
  const split = normalised.indexOf("\n\n");
  const head = normalised.slice(0, split);
  const body = normalised.slice(split + 2);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const quoted = /quoted-printable/i.test(header("Content-Transfer-Encoding"));
  return { file, to: header("To"), subject: header("Subject"), text: quoted ? decodeQuotedPrintable(body) : body };
}

/** Every message in the outbox, oldest first (file names sort by time). */
export function readOutbox(outbox: string): OutboxMail[] {
  if (!existsSync(outbox)) return [];
  return readdirSync(outbox)
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .map((name) => parseMail(join(outbox, name), readFileSync(join(outbox, name), "utf8")));
}

/** The sign-in link of the newest message to `email`; throws when there is none. */
export function latestSignInLink(outbox: string, email: string): string {
  const address = email.trim().toLowerCase();
  const mails = readOutbox(outbox).filter((mail) => mail.to.toLowerCase() === address);
  const link = /https?:\/\/\S+\/api\/auth\/verify\?token=\S+/.exec(mails.at(-1)?.text ?? "")?.[0];
  if (!link) throw new Error(`no sign-in link for ${email} in ${outbox}`);
  return link;
}
