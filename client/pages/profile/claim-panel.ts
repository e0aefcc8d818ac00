/**
 * "Identity and collaboration": the record's claim status and level, and the viewer's way to claim it — "Log in to
 * claim" signed out, "Claim this profile" (a dialog: method and note) signed in, "Claimed by you" for the owner, or
 * the state of the viewer's own pending or disputed claim. docs/CLAIMS.md says what each level means.
 */
import type { ClaimFiled, ClaimMethod, Person } from "../../api.ts";
import { signInPath } from "../../session.ts";
import { h, uid } from "../../ui/dom.ts";

export interface ClaimPanelOptions {
  person: Person;
  /** Null when signed out. */
  file: ((method: ClaimMethod, note: string) => Promise<ClaimFiled>) | null;
  /** Whether the signed-in viewer has an ORCID iD on the account (then ORCID is offered first). */
  viewerHasOrcid: boolean;
  returnPath: string;
  /** Called after a claim was filed (the page reloads the profile to show the new status). */
  onFiled: () => void;
}

const STATUS_TEXT: Record<string, string> = {
  unclaimed: "Unclaimed author record",
  pending: "A claim is waiting for review",
  claimed: "Claimed by the researcher",
  disputed: "Claimed, and disputed: moderators are reviewing",
};

function ownClaimText(person: Person): string | null {
  const mine = person.claim.mine;
  if (!mine) return null;
  if (mine.status === "claimed") return "Claimed by you";
  if (mine.status === "disputed") return "Your claim disputes the current owner's; moderators will decide";
  return mine.level === "L2"
    ? "Your claim (L2: your email matches the record) is waiting for a moderator"
    : "Your claim is waiting for a moderator";
}

function claimDialog(options: ClaimPanelOptions, opener: HTMLButtonElement): HTMLDialogElement {
  const noteId = uid("claim-note");
  const errorId = uid("claim-error");
  const method = (value: ClaimMethod, text: string, hint: string, checked: boolean) =>
    h(
      "label",
      { class: "claim-dialog__method" },
      h("input", { type: "radio", name: "method", value, checked }),
      h("span", {}, h("strong", {}, text), h("span", { class: "small muted" }, ` — ${hint}`)),
    );
  const error = h("p", { id: errorId, class: "claim-dialog__error", role: "alert" });
  const submit = h("button", { type: "submit", class: "button button--primary" }, "Send claim");
  const form = h(
    "form",
    { method: "dialog", class: "claim-dialog__form", "aria-describedby": errorId },
    h("h2", { id: `${noteId}-title` }, `Claim ${options.person.name}`),
    h(
      "p",
      { class: "small muted" },
      "Claim only your own record. Namesakes are common: check the works and co-authors first.",
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Evidence"),
      method("orcid", "My ORCID iD", "approved at once when it equals the record's ORCID", options.viewerHasOrcid),
      method(
        "email",
        "My email address",
        "its domain or address is checked against the record",
        !options.viewerHasOrcid,
      ),
    ),
    h("label", { for: noteId }, "Note for the moderators (optional)"),
    h("textarea", { id: noteId, name: "note", rows: 4, maxlength: 2000 }),
    error,
    h(
      "div",
      { class: "claim-dialog__actions" },
      h("button", { type: "button", class: "button", "data-action": "cancel" }, "Cancel"),
      submit,
    ),
  );
  const dialog = h("dialog", { class: "claim-dialog card", "aria-labelledby": `${noteId}-title` }, form);
  form.querySelector("[data-action=cancel]")!.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => opener.focus());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    submit.disabled = true;
    error.textContent = "";
    options.file!((data.get("method") as ClaimMethod | null) ?? "email", String(data.get("note") ?? ""))
      .then(() => {
        dialog.close();
        options.onFiled();
      })
      .catch((failure: Error) => {
        error.textContent = failure.message;
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return dialog;
}

export function claimPanel(options: ClaimPanelOptions): HTMLElement {
  const { person } = options;
  const own = ownClaimText(person);
  let action: HTMLElement;
  if (!options.file) {
    action = h(
      "a",
      { class: "button", href: signInPath(options.returnPath), "data-claim": "sign-in" },
      "Log in to claim",
    );
  } else if (own) {
    action = h("p", { class: "claim__own", "data-claim": person.claim.mine!.status }, own);
  } else {
    const opener = h("button", { type: "button", class: "button", "data-claim": "open" }, "Claim this profile");
    const dialog = claimDialog(options, opener);
    opener.addEventListener("click", () => dialog.showModal());
    action = h("div", {}, opener, dialog);
  }
  return h(
    "div",
    { class: "claim", "data-claim-status": person.claim.status },
    h("p", { class: "claim__status" }, `${STATUS_TEXT[person.claim.status]} · Verification ${person.verification}`),
    h(
      "p",
      { class: "small muted" },
      "Claiming links this public author record to a researcher profile and unlocks direct collaboration workflows.",
    ),
    action,
  );
}
