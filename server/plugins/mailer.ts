/**
 * Decorates `fastify.mailer`: the one way the app sends mail. With RGE_SMTP_URL it goes out over SMTP (nodemailer);
 * without it each message is written as one RFC 5322 `.eml` file to the outbox directory (RGE_MAIL_OUTBOX) — the
 * development and test transport, which tests read instead of a mailbox — and the app logs that it did.
 */
import fp from "fastify-plugin";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Where `.eml` files go; null when mail goes out over SMTP. */
  outbox: string | null;
  send(mail: OutgoingMail): Promise<void>;
}

declare module "fastify" {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

export interface MailerOptions {
  smtpUrl: string | null;
  outbox: string;
  from: string;
}

/** A file name that sorts by time and never collides: `20261129T184500123Z-<random>.eml`. */
function emlName(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, "")}-${randomBytes(6).toString("hex")}.eml`;
}

export default fp<MailerOptions>(
  async (fastify, { smtpUrl, outbox, from }) => {
    if (smtpUrl) {
      const transport = nodemailer.createTransport(smtpUrl);
      fastify.decorate("mailer", {
        outbox: null,
        async send(mail) {
          await transport.sendMail({ from, ...mail });
        },
      });
      fastify.addHook("onClose", async () => transport.close());
      return;
    }
    const directory = resolve(outbox);
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    fastify.decorate("mailer", {
      outbox: directory,
      async send(mail) {
        const info = await composer.sendMail({ from, ...mail });
        await mkdir(directory, { recursive: true, mode: 0o700 });
        const file = join(directory, emlName());
        await writeFile(file, info.message as Buffer, { mode: 0o600 });
        fastify.log.info({ to: mail.to, file }, `mail written to the outbox: ${mail.subject}`);
      },
    });
  },
  { name: "mailer" },
);
