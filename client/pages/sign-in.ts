/**
 * `/sign-in?next=…`: ask for an email link (then "check your email"), or sign in with ORCID when the server offers
 * it. `next` (a path of this site) is where the link lands; `error` says why the last attempt failed.
 */
import { api, ApiError, type SignInOptions } from "../api.ts";
import type { Route } from "../router.ts";
import { currentSession } from "../session.ts";
import { accountName } from "../ui/account-menu.ts";
import { h, uid } from "../ui/dom.ts";
import { pageFrame } from "../ui/site-header.ts";

const ERRORS: Record<string, string> = {
  link: "That sign-in link is unknown, already used or expired. Ask for a new one below.",
  orcid: "ORCID sign-in did not complete. Try again, or use your email address.",
  "orcid-taken": "That ORCID iD is already linked to another account.",
  "orcid-different": "Your account is already linked to a different ORCID iD.",
};

/** The landing path from the query: a path of this site, else "/" (the server checks it again). */
export function nextFromQuery(search: string): string {
  const next = new URLSearchParams(search).get("next") ?? "/";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

function checkYourEmail(email: string, again: () => void): HTMLElement {
  const heading = h("h2", { tabindex: "-1" }, "Check your email");
  const panel = h(
    "div",
    { class: "sign-in__sent", role: "status", "data-state": "sent" },
    heading,
    h("p", {}, "We sent a sign-in link to ", h("strong", {}, email), ". It works once, within 15 minutes."),
    h("p", { class: "muted small" }, "No message? Check your spam folder, or ask again."),
    h("button", { class: "button", type: "button", onclick: again }, "Use another address"),
  );
  queueMicrotask(() => heading.focus());
  return panel;
}

function emailForm(next: string, onSent: (email: string) => void): HTMLFormElement {
  const inputId = uid("sign-in-email");
  const errorId = uid("sign-in-error");
  const input = h("input", {
    id: inputId,
    class: "field__input",
    type: "email",
    name: "email",
    autocomplete: "email",
    required: true,
    maxlength: 254,
    "aria-describedby": errorId,
  });
  const error = h("p", { id: errorId, class: "field__error", role: "alert" });
  const submit = h("button", { class: "button button--primary", type: "submit" }, "Email me a sign-in link");
  const form = h(
    "form",
    { class: "sign-in__form", novalidate: true },
    h("label", { class: "field__label", for: inputId }, "Email address"),
    input,
    error,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const email = input.value.trim();
    if (!input.checkValidity() || email === "") {
      error.textContent = "Enter an email address, like name@example.org.";
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    submit.disabled = true;
    error.textContent = "";
    input.removeAttribute("aria-invalid");
    api
      .requestSignInLink(email, next)
      .then(() => onSent(email))
      .catch((failure: unknown) => {
        const wait = failure instanceof ApiError && failure.status === 429;
        error.textContent = wait
          ? `Too many sign-in attempts. Try again in ${failure.retryAfter ?? 60} seconds.`
          : failure instanceof Error
            ? failure.message
            : String(failure);
        input.focus();
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}

function orcidButton(next: string): HTMLElement {
  return h(
    "a",
    { class: "button sign-in__orcid", href: `/api/auth/orcid?next=${encodeURIComponent(next)}` },
    "Sign in with ORCID",
  );
}

export function mount(root: HTMLElement, _route: Route): void {
  document.title = "Sign in · Research Graph Explorer";
  const main = pageFrame(root, "sign-in");
  const query = new URLSearchParams(window.location.search);
  const next = nextFromQuery(window.location.search);
  const reason = ERRORS[query.get("error") ?? ""];
  const notice = query.get("notice") === "deleted" ? "Your account has been deleted, and you are signed out." : null;
  const body = h("div", { class: "sign-in__body" });
  const orcidSlot = h("div", { class: "sign-in__orcid-slot" });
  main.dataset.state = "loading";
  main.append(
    h(
      "section",
      { class: "sign-in__card", "aria-labelledby": "sign-in-title" },
      h("h1", { id: "sign-in-title" }, "Sign in"),
      h("p", { class: "muted" }, "No password: we email you a link that signs you in."),
      notice ? h("p", { class: "sign-in__notice", role: "status" }, notice) : null,
      reason ? h("p", { class: "sign-in__problem", role: "alert" }, reason) : null,
      body,
      orcidSlot,
    ),
  );
  const showForm = () => {
    body.replaceChildren(emailForm(next, (email) => body.replaceChildren(checkYourEmail(email, showForm))));
    main.dataset.state = "ready";
  };
  void currentSession()
    .catch(() => null)
    .then((me) => {
      if (!me) return showForm();
      main.dataset.state = "signed-in";
      body.replaceChildren(
        h("p", {}, "You are signed in as ", h("strong", {}, accountName(me)), "."),
        h("a", { class: "button button--primary", href: next }, "Continue"),
      );
    });
  api
    .signInOptions()
    .then((options: SignInOptions) => {
      if (!options.orcid) return;
      orcidSlot.replaceChildren(h("p", { class: "sign-in__or muted" }, "or"), orcidButton(next));
    })
    .catch(() => orcidSlot.replaceChildren());
}
