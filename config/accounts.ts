/**
 * Accounts configuration: sign-in (email link, ORCID), sessions, mail, moderators and the write rate limits. Read by
 * loadConfig (config/index.ts) and validated at boot like every other variable.
 */
import { ConfigError, readInteger, type Env } from "./read.ts";

export interface OrcidConfig {
  /** OpenID Connect issuer; its discovery document lives under `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface AccountsConfig {
  /** Base of the links the app mails (`https://example.org`); null: the origin of the request that asked. */
  publicUrl: string | null;
  /** SMTP connection URL (`smtp://user:pass@host:587`, `smtps://…`); null: write .eml files to `mailOutbox`. */
  smtpUrl: string | null;
  mailOutbox: string;
  mailFrom: string;
  /** Lower-cased email addresses whose users are moderators. */
  moderatorEmails: string[];
  /** ORCID sign-in; null when no client id/secret is configured (the route answers 503, the UI hides the button). */
  orcid: OrcidConfig | null;
  sessionDays: number;
  /** Sign-in requests (email link asked, link followed, ORCID started) per client IP per minute. */
  signInPerMinute: number;
  /** State-changing API requests per client IP per minute, per route. */
  writesPerMinute: number;
}

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

function url(env: Env, name: string, schemes: RegExp): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`invalid \`${name}\`: expected a URL, got '${raw}'`);
  }
  if (!schemes.test(parsed.protocol)) throw new ConfigError(`invalid \`${name}\`: unsupported scheme in '${raw}'`);
  return raw.replace(/\/+$/, "");
}

function moderatorEmails(env: Env): string[] {
  const raw = env.RGE_MODERATOR_EMAILS ?? "";
  const emails = raw
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.length > 0);
  const bad = emails.find((email) => !EMAIL.test(email));
  if (bad) throw new ConfigError(`invalid \`RGE_MODERATOR_EMAILS\`: '${bad}' is not an email address`);
  return emails;
}

function orcid(env: Env): OrcidConfig | null {
  const clientId = env.RGE_ORCID_CLIENT_ID?.trim() || null;
  const clientSecret = env.RGE_ORCID_CLIENT_SECRET?.trim() || null;
  if ((clientId === null) !== (clientSecret === null)) {
    throw new ConfigError("`RGE_ORCID_CLIENT_ID` and `RGE_ORCID_CLIENT_SECRET` are set together or not at all");
  }
  if (clientId === null || clientSecret === null) return null;
  const issuer = url(env, "RGE_ORCID_ISSUER", /^https?:$/) ?? "https://orcid.org";
  return { issuer, clientId, clientSecret };
}

/** Reads the accounts variables. */
export function loadAccountsConfig(env: Env): AccountsConfig {
  const mailFrom = env.RGE_MAIL_FROM?.trim() || "Research Graph Explorer <no-reply@localhost>";
  return {
    publicUrl: url(env, "RGE_PUBLIC_URL", /^https?:$/),
    smtpUrl: url(env, "RGE_SMTP_URL", /^smtps?:$/),
    mailOutbox: env.RGE_MAIL_OUTBOX?.trim() || ".data/outbox",
    mailFrom,
    moderatorEmails: moderatorEmails(env),
    orcid: orcid(env),
    sessionDays: readInteger(env, "RGE_SESSION_DAYS"),
    signInPerMinute: readInteger(env, "RGE_SIGN_IN_RATE_LIMIT_PER_MINUTE"),
    writesPerMinute: readInteger(env, "RGE_WRITE_RATE_LIMIT_PER_MINUTE"),
  };
}
