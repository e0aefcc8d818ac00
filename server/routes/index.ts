/** Registers every route folder. One line per resource keeps the API's surface readable in one place. */
import type { FastifyInstance } from "fastify";
import type { AccountsConfig } from "../../config/index.ts";
import authRoutes from "./auth/index.ts";
import orcidRoutes from "./auth/orcid.ts";
import conversationRoutes from "./conversations/index.ts";
import graphRoutes from "./graph/index.ts";
import pathRoutes from "./graph/path.ts";
import claimRoutes from "./claims/index.ts";
import followRoutes from "./follows/index.ts";
import healthRoutes from "./health/index.ts";
import historyRoutes from "./history/index.ts";
import importRoutes from "./imports/index.ts";
import inviteRoutes from "./invites/index.ts";
import meRoutes from "./me/index.ts";
import paperRoutes from "./papers/index.ts";
import peopleRoutes from "./people/index.ts";
import suggestedRoutes from "./people/suggested.ts";
import searchRoutes from "./search/index.ts";
import teamRoutes from "./team/index.ts";
import worksRoutes from "./works/index.ts";

export interface RouteContext {
  mode: "embedded" | "external";
  accounts: AccountsConfig;
  /** RGE_INVITES_PER_DAY, named in the daily cap's message. */
  invitesPerDay: number;
  /** RGE_ALLOW_UPLOADS and RGE_UPLOAD_MAX_BYTES (the import page). */
  uploads: { allowed: boolean; maxBytes: number };
}

export async function registerRoutes(
  app: FastifyInstance,
  { mode, accounts, invitesPerDay, uploads }: RouteContext,
): Promise<void> {
  await app.register(healthRoutes, { mode });
  await app.register(peopleRoutes);
  await app.register(suggestedRoutes);
  await app.register(paperRoutes);
  await app.register(historyRoutes);
  await app.register(graphRoutes);
  await app.register(pathRoutes);
  await app.register(searchRoutes);
  await app.register(teamRoutes);
  await app.register(authRoutes, { publicUrl: accounts.publicUrl, orcid: accounts.orcid !== null });
  await app.register(orcidRoutes, { orcid: accounts.orcid, publicUrl: accounts.publicUrl });
  await app.register(meRoutes);
  await app.register(worksRoutes);
  await app.register(followRoutes);
  await app.register(claimRoutes);
  await app.register(inviteRoutes, { perDay: invitesPerDay });
  await app.register(conversationRoutes);
  await app.register(importRoutes, uploads);
}
