/**
 * Accounts: users, sessions and sign-in tokens (docs/DATA-MODEL.md, "User data"). Tokens and session ids arrive here
 * already hashed; this module never sees a secret a request could replay.
 */
import type { ClaimedProfile } from "../../contract/schemas/auth.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** A sign-in link is good for this long. */
export const LOGIN_TOKEN_MINUTES = 15;
/** At most this many links go to one address per LOGIN_TOKEN_MINUTES, whoever asks (per-IP limits do not see that). */
export const LOGIN_TOKENS_PER_ADDRESS = 5;

export interface AccountUserRow {
  id: string;
  email: string | null;
  orcid: string | null;
}

export interface SessionRow extends AccountUserRow {
  csrfToken: string;
}

export function createAccountsRepository(reader: GraphReader) {
  return {
    /** Stores the token's hash; false (nothing stored) when the address already got its share of links. */
    async createLoginToken(hash: string, email: string, next: string): Promise<boolean> {
      const [row] = await reader.write("accounts/create-login-token", {
        hash,
        email,
        next,
        minutes: cypherInt(LOGIN_TOKEN_MINUTES),
        cap: cypherInt(LOGIN_TOKENS_PER_ADDRESS),
      });
      return row?.created === true;
    },
    /** Uses the token once; null when it is unknown, used or expired. */
    async consumeLoginToken(hash: string): Promise<{ email: string; next: string } | null> {
      const [row] = await reader.write("accounts/consume-login-token", { hash });
      return row ? { email: row.email as string, next: row.next as string } : null;
    },
    async userByEmail(email: string): Promise<AccountUserRow> {
      const [row] = await reader.write("accounts/upsert-user-by-email", { email, id: crypto.randomUUID() });
      return row as unknown as AccountUserRow;
    },
    async userByOrcid(orcid: string): Promise<AccountUserRow> {
      const [row] = await reader.write("accounts/upsert-user-by-orcid", { orcid, id: crypto.randomUUID() });
      return row as unknown as AccountUserRow;
    },
    /**
     * Links an authenticated ORCID iD to a signed-in user: "linked" (also when it already was), "taken" (another user
     * has it) or "different" (this user has another one). Nothing changes unless "linked".
     */
    async linkOrcid(userId: string, orcid: string): Promise<"linked" | "taken" | "different"> {
      const [row] = await reader.write("accounts/link-orcid", { userId, orcid });
      if (!row || row.takenByOther) return "taken";
      return row.orcid === orcid ? "linked" : "different";
    },
    async createSession(userId: string, idHash: string, csrfToken: string, days: number): Promise<void> {
      await reader.write("accounts/create-session", { userId, idHash, csrfToken, days: cypherInt(days) });
    },
    async findSession(idHash: string): Promise<SessionRow | null> {
      const [row] = await reader.read("accounts/find-session", { idHash });
      return (row as unknown as SessionRow | undefined) ?? null;
    },
    async deleteSession(idHash: string): Promise<void> {
      await reader.write("accounts/delete-session", { idHash });
    },
    /** The claimed profile, unread invites and unread messages of GET /api/me. */
    async meExtras(
      userId: string,
    ): Promise<{ claimedProfile: ClaimedProfile | null; unreadInvites: number; unreadMessages: number }> {
      const [row] = await reader.read("accounts/me-extras", { userId });
      return {
        claimedProfile: (row?.claimedProfile as ClaimedProfile | null | undefined) ?? null,
        unreadInvites: (row?.unreadInvites as number | undefined) ?? 0,
        unreadMessages: (row?.unreadMessages as number | undefined) ?? 0,
      };
    },
    /** Deletes the user and what is theirs (claims are released); false for an unknown user. */
    async deleteAccount(userId: string): Promise<boolean> {
      const rows = await reader.write("accounts/delete-account", { userId });
      return rows.length > 0;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
