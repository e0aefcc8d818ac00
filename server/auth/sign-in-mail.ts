/** The sign-in email: pure, so its wording and link are tested without sending anything. */
import type { OutgoingMail } from "../plugins/mailer.ts";

/** The link a sign-in email carries: `<base>/api/auth/verify?token=…`. */
export function signInLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/auth/verify?token=${encodeURIComponent(token)}`;
}

/** The message with the link; it says how long the link lasts and what to do if nobody here asked for it. */
export function signInMail(to: string, link: string, minutes: number): OutgoingMail {
  return {
    to,
    subject: "Your sign-in link for Research Graph Explorer",
    text: [
      "Someone (hopefully you) asked to sign in to Research Graph Explorer with this address.",
      "",
      `Open this link to sign in. It works once, within ${minutes} minutes:`,
      "",
      link,
      "",
      "If you did not ask for it, ignore this message: nobody can sign in without the link.",
      "",
    ].join("\n"),
  };
}
