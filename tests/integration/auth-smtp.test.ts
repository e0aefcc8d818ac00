/**
 * The production mail path: with RGE_SMTP_URL the sign-in link goes out over SMTP (nodemailer) instead of the outbox.
 * A local SMTP server (smtp-server, loopback, no TLS) receives it; the link it carries signs the user in.
 */
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../_helpers/app-server.ts";
import { parseMail, type OutboxMail } from "../_helpers/outbox.ts";
import { sessionCookieOf } from "../_helpers/sign-in.ts";

const received: (OutboxMail & { envelopeTo: string[] })[] = [];
let smtp: SMTPServer;
let app: FastifyInstance;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        received.push({ ...parseMail("smtp", Buffer.concat(chunks).toString("utf8")), envelopeTo });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  app = await buildTestApp({ RGE_SMTP_URL: `smtp://127.0.0.1:${port}`, RGE_MAIL_FROM: "RGE <auth@rge.test>" });
});
afterAll(async () => {
  await app?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("mail over SMTP", () => {
  it("sends the sign-in link to the address over SMTP, writes no outbox file, and the link signs in", async () => {
    expect(app.mailer.outbox).toBeNull();
    const email = `smtp-${randomUUID()}@example.org`;
    const asked = await app.inject({ method: "POST", url: "/api/auth/email", payload: { email } });
    expect(asked.statusCode).toBe(202);
    const mail = received.find((message) => message.envelopeTo.includes(email));
    expect(mail).toBeDefined();
    expect(mail!.to).toBe(email);
    expect(mail!.subject).toBe("Your sign-in link for Research Graph Explorer");
    const link = new URL(/https?:\/\/\S+\/api\/auth\/verify\?token=\S+/.exec(mail!.text)![0]);
    const verified = await app.inject({ method: "GET", url: `${link.pathname}${link.search}` });
    expect(verified.statusCode).toBe(303);
    const me = await app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: sessionCookieOf(verified.headers["set-cookie"]) },
    });
    expect(me.json().user.email).toBe(email);
  });
});
