/**
 * /moderation: the moderators' queue — pending and disputed claims with their evidence, the claimant's account facts
 * and the record's other open claims; approve, reject with a reason, revoke. The server decides who is a moderator
 * (RGE_MODERATOR_EMAILS); this page only shows what the API lets it see.
 */
import "../styles/following.css";
import { api, ApiError, type ClaimStatus, type QueuedClaim } from "../api.ts";
import type { Route } from "../router.ts";
import { personPath } from "../router.ts";
import { h, uid } from "../ui/dom.ts";
import { formatDate } from "../ui/format.ts";
import { pageFrame } from "../ui/site-header.ts";
import { errorState, loadingState } from "../ui/states.ts";
import { currentSession, signInPath } from "../session.ts";

const QUEUE: readonly ClaimStatus[] = ["pending", "disputed", "claimed"];

function facts(claim: QueuedClaim): HTMLElement {
  const row = (term: string, value: string) => [h("dt", {}, term), h("dd", {}, value)];
  return h(
    "dl",
    { class: "moderation__facts" },
    row("Status", claim.status + (claim.level ? ` · evidence level ${claim.level}` : " · no matching evidence")),
    row("Method", claim.method === "orcid" ? "ORCID iD" : "email"),
    row(
      "Claimant",
      [claim.claimant.email, claim.claimant.orcid && `ORCID ${claim.claimant.orcid}`].filter(Boolean).join(" · ") ||
        claim.claimant.id,
    ),
    row("Record's ORCID", claim.recordOrcid ?? "none"),
    row("Other open claims on this record", String(claim.otherOpenClaims)),
    row("Filed", formatDate(claim.createdAt)),
  );
}

function actions(claim: QueuedClaim, onDone: (message: string) => void): HTMLElement {
  const reasonId = uid("reason");
  const reason = h("input", { id: reasonId, type: "text", maxlength: 2000, autocomplete: "off" });
  const status = h("p", { class: "small", role: "status", "aria-live": "polite" });
  const decide = (decision: "approve" | "reject" | "revoke") => {
    status.textContent = "";
    api
      .decideClaim(claim.id, decision, reason.value)
      .then((result) => onDone(`Claim on ${claim.person.name}: ${result.status}`))
      .catch((error: Error) => (status.textContent = error.message));
  };
  const button = (decision: "approve" | "reject" | "revoke", text: string, primary = false) =>
    h(
      "button",
      {
        type: "button",
        class: primary ? "button button--primary" : "button",
        "data-decision": decision,
        onclick: () => decide(decision),
      },
      text,
    );
  const open = claim.status === "pending" || claim.status === "disputed";
  return h(
    "div",
    {},
    h(
      "div",
      { class: "moderation__actions" },
      h("label", { for: reasonId }, "Reason (the claimant reads it; needed to reject or revoke)", reason),
      open ? button("approve", "Approve", true) : null,
      open ? button("reject", "Reject") : null,
      claim.status === "claimed" ? button("revoke", "Revoke") : null,
    ),
    status,
  );
}

function claimCard(claim: QueuedClaim, onDone: (message: string) => void): HTMLElement {
  return h(
    "li",
    { class: "card moderation__item", "data-claim": claim.id, "data-status": claim.status },
    h("h2", {}, h("a", { href: personPath(claim.person.id) }, claim.person.name)),
    facts(claim),
    h("h3", { class: "small" }, "Evidence"),
    h(
      "ul",
      { class: "moderation__evidence" },
      claim.evidence.map((line) => h("li", {}, line)),
    ),
    h("h3", { class: "small" }, "Note"),
    h("p", { class: "moderation__note" }, claim.note || "(none)"),
    actions(claim, onDone),
  );
}

export function mount(root: HTMLElement, _route: Route): () => void {
  const main = pageFrame(root, "moderation");
  const controller = new AbortController();
  const announcer = h("p", { class: "small", role: "status", "aria-live": "polite", "data-announce": "" });
  document.title = "Moderation · Research Graph Explorer";
  const load = async () => {
    try {
      const viewer = await currentSession();
      if (!viewer) {
        main.replaceChildren(
          h("h1", {}, "Moderation"),
          h("p", { "data-queue": "signed-out" }, "Sign in as a moderator to see the claims queue."),
          h("a", { class: "button button--primary", href: signInPath("/moderation") }, "Sign in"),
        );
        return;
      }
      const queue = await api.claimQueue(QUEUE, controller.signal);
      const done = (message: string) => {
        announcer.textContent = message;
        void load();
      };
      main.replaceChildren(
        h("h1", {}, "Moderation: claims"),
        announcer,
        queue.items.length === 0
          ? h("p", { "data-queue": "empty" }, "No claims wait for a decision.")
          : h(
              "ul",
              { class: "moderation__list", "data-queue": "list" },
              queue.items.map((claim) => claimCard(claim, done)),
            ),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 403) {
        main.replaceChildren(
          h("h1", {}, "Moderation"),
          h("p", { "data-queue": "forbidden" }, "Only moderators can see the claims queue."),
        );
        return;
      }
      main.replaceChildren(errorState(error, () => void load(), { page: true }));
    }
  };
  main.replaceChildren(loadingState("Loading the claims queue…"));
  void load();
  return () => controller.abort();
}
