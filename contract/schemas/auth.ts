/**
 * Accounts: the signed-in user (GET /api/me), the sign-in request (POST /api/auth/email) and which sign-in methods
 * the server offers (GET /api/auth/options). docs/DATA-MODEL.md, "User data", describes what is stored.
 */
import { Type, type Static } from "typebox";
import { ClaimLevelSchema } from "./claims.ts";
import { Nullable } from "./common.ts";

export const AccountUserSchema = Type.Object({
  /** A uuid; never an email or an ORCID iD, so links and logs do not leak them. */
  id: Type.String(),
  /** Lower-case; null for a user who only ever signed in with ORCID. */
  email: Nullable(Type.String()),
  /** The ORCID iD authenticated by ORCID sign-in (`0000-0002-1825-0097`); null until one is linked. */
  orcid: Nullable(Type.String()),
});
export type AccountUser = Static<typeof AccountUserSchema>;

/** The author record the user claimed (or is claiming): its status is separate from its level. */
export const ClaimedProfileSchema = Type.Object({
  personId: Type.String(),
  name: Type.String(),
  /** What the claim's evidence or review established (docs/CLAIMS.md); null for a claim without matching evidence. */
  level: Nullable(ClaimLevelSchema),
  status: Type.Union([Type.Literal("pending"), Type.Literal("claimed"), Type.Literal("disputed")]),
});
export type ClaimedProfile = Static<typeof ClaimedProfileSchema>;

export const MeSchema = Type.Object({
  user: AccountUserSchema,
  /** The user's email is listed in RGE_MODERATOR_EMAILS. */
  isModerator: Type.Boolean(),
  /** Send it in `x-csrf-token` with every state-changing request (POST, PUT, PATCH, DELETE under /api/). */
  csrfToken: Type.String(),
  claimedProfile: Nullable(ClaimedProfileSchema),
  /** Pending invites to this user. */
  unreadInvites: Type.Integer({ minimum: 0 }),
  /** Messages from others the user has not read yet, in the conversations they are in (the header's inbox count). */
  unreadMessages: Type.Integer({ minimum: 0 }),
});
export type Me = Static<typeof MeSchema>;

/**
 * GET /api/auth/session: the same as GET /api/me, but 200 with `me: null` when signed out, so a page can ask on every
 * load without a 401 in the browser's console.
 */
export const SessionStateSchema = Type.Object({ me: Nullable(MeSchema) });
export type SessionState = Static<typeof SessionStateSchema>;

export const EmailSignInRequestSchema = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  /** Where the link lands after sign-in: a path of this site (`/people/…`); anything else becomes `/`. */
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type EmailSignInRequest = Static<typeof EmailSignInRequestSchema>;

/** The one answer to every POST /api/auth/email, whether or not the address has an account. */
export const EmailSignInAcceptedSchema = Type.Object({ message: Type.String() });

export const SignInOptionsSchema = Type.Object({
  email: Type.Boolean(),
  /** ORCID sign-in is configured (RGE_ORCID_CLIENT_ID / _SECRET); the sign-in page shows its button only then. */
  orcid: Type.Boolean(),
});
export type SignInOptions = Static<typeof SignInOptionsSchema>;
