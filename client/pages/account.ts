/**
 * `/account`: who you are signed in as (email, ORCID iD, moderator), your claimed profile, and deleting the account
 * behind a confirmation dialog that says what goes and what stays. Signed out, it sends you to sign in first.
 */
import { api } from "../api.ts";
import type { Route } from "../router.ts";
import { personPath } from "../router.ts";
import { currentSession, refreshSession, signInPath, type Me } from "../session.ts";
import { h } from "../ui/dom.ts";
import { pageFrame } from "../ui/site-header.ts";
import { errorState, loadingState } from "../ui/states.ts";

function row(term: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h("dt", {}, term), h("dd", {}, ...value)];
}

function details(me: Me, orcidOffered: boolean): HTMLElement {
  const profile = me.claimedProfile;
  return h(
    "dl",
    { class: "account__details" },
    row("Email", me.user.email ?? "None (signed in with ORCID)"),
    row(
      "ORCID iD",
      me.user.orcid ??
        (orcidOffered
          ? h("a", { href: `/api/auth/orcid?next=${encodeURIComponent("/account")}` }, "Link your ORCID iD")
          : "Not linked"),
    ),
    row(
      "Claimed profile",
      profile
        ? h(
            "span",
            {},
            h("a", { href: personPath(profile.personId) }, profile.name),
            ` · ${profile.status}${profile.level ? `, level ${profile.level}` : ""}`,
          )
        : "None",
    ),
    me.isModerator ? row("Role", "Moderator") : [],
  );
}

function deleteSection(): HTMLElement {
  const dialog = h(
    "dialog",
    { class: "account__dialog", "aria-labelledby": "delete-title", "aria-describedby": "delete-what" },
    h("h2", { id: "delete-title" }, "Delete your account?"),
    h(
      "p",
      { id: "delete-what" },
      "This signs you out everywhere and deletes your follows, invites (sent and received), your messages and your " +
        "conversation memberships. Your claims are released, so the profile can be claimed again. This cannot be undone.",
    ),
    h("p", { class: "field__error", role: "alert" }),
  );
  const cancel = h("button", { class: "button", type: "button", autofocus: true }, "Cancel");
  const confirm = h("button", { class: "button button--danger", type: "button" }, "Delete my account");
  dialog.append(h("div", { class: "account__dialog-actions" }, cancel, confirm));
  cancel.addEventListener("click", () => dialog.close());
  confirm.addEventListener("click", () => {
    confirm.disabled = true;
    api
      .deleteAccount()
      .then(() => refreshSession().catch(() => null))
      .then(() => window.location.assign("/sign-in?notice=deleted"))
      .catch((error: unknown) => {
        dialog.querySelector(".field__error")!.textContent = error instanceof Error ? error.message : String(error);
        confirm.disabled = false;
      });
  });
  const open = h("button", { class: "button button--danger", type: "button" }, "Delete account…");
  open.addEventListener("click", () => dialog.showModal());
  return h(
    "section",
    { class: "account__danger", "aria-labelledby": "danger-title" },
    h("h2", { id: "danger-title" }, "Delete account"),
    h("p", { class: "muted" }, "Removes your account and what you did here; claims are released."),
    open,
    dialog,
  );
}

export function mount(root: HTMLElement, _route: Route): void {
  document.title = "Account · Research Graph Explorer";
  const main = pageFrame(root, "account");
  main.dataset.state = "loading";
  main.append(loadingState("Loading your account…"));
  const load = () =>
    Promise.all([currentSession(), api.signInOptions().catch(() => ({ email: true, orcid: false }))])
      .then(([me, options]) => {
        if (!me) return window.location.replace(signInPath("/account"));
        main.dataset.state = "ready";
        main.replaceChildren(
          h("h1", {}, "Account"),
          h("section", { class: "account__card", "aria-label": "Your account" }, details(me, options.orcid)),
          deleteSection(),
        );
      })
      .catch((error: unknown) => {
        main.dataset.state = "error";
        main.replaceChildren(errorState(error, () => void load(), { page: true }));
      });
  void load();
}
