/**
 * /import: upload a BibTeX or RIS file (file input or drop zone), watch the server's streamed progress, read the
 * summary, open the imported works in the explorer. Signed-in users only, and only when the server allows uploads.
 */
import "../styles/import.css";
import { ApiError } from "../api.ts";
import { importSettings, uploadBibliography, type ImportEvent } from "../imports/upload.ts";
import { summaryView } from "../imports/summary-view.ts";
import type { Route } from "../router.ts";
import { currentSession, signInPath } from "../session.ts";
import { h } from "../ui/dom.ts";
import { pageFrame } from "../ui/site-header.ts";
import { describeError, errorState, loadingState } from "../ui/states.ts";

const heading = () => h("h1", {}, "Import a bibliography");

function progressText(event: ImportEvent): string {
  switch (event.type) {
    case "parsed":
      return `Read the file: ${event.entries} entries, ${event.bad} bad records.`;
    case "matched":
      return `Matched: ${event.matched} in the graph, ${event.added} to add, ${event.ambiguous} ambiguous.`;
    case "writing":
      return `Writing ${event.stage}: ${event.done} of ${event.total}.`;
    case "done":
      return "Done.";
    case "error":
      return `Failed: ${event.message}`;
  }
}

function uploadForm(maxBytes: number): HTMLElement {
  const input = h("input", { type: "file", id: "import-file", name: "file", accept: ".bib,.bibtex,.ris,text/plain" });
  const chosen = h("p", { class: "small muted", id: "import-chosen" }, "No file chosen.");
  const submit = h("button", { class: "button button--primary", type: "submit" }, "Upload");
  const status = h("div", { class: "import__progress", role: "status", "aria-live": "polite", "data-progress": "" });
  const result = h("div", { class: "import__result" });
  let file: File | null = null;
  const choose = (picked: File | null) => {
    file = picked;
    chosen.textContent = picked ? `Chosen: ${picked.name} (${picked.size} bytes)` : "No file chosen.";
  };
  input.addEventListener("change", () => choose(input.files?.[0] ?? null));
  const drop = h(
    "div",
    { class: "import__drop", "data-drop": "" },
    h("label", { for: "import-file" }, "BibTeX or RIS file (Zotero, Mendeley, JabRef exports)"),
    input,
    h("p", { class: "small muted" }, `Or drop the file here. At most ${Math.round(maxBytes / 1024)} KiB.`),
    chosen,
  );
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("import__drop--over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("import__drop--over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("import__drop--over");
    choose(event.dataTransfer?.files[0] ?? null);
  });
  const form = h("form", { class: "card import__form", "aria-label": "Upload a bibliography" }, drop, submit, status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!file) {
      status.replaceChildren(h("p", { class: "import__error" }, "Choose a file first."));
      input.focus();
      return;
    }
    if (file.size > maxBytes) {
      status.replaceChildren(h("p", { class: "import__error" }, `The file is larger than ${maxBytes} bytes.`));
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    result.replaceChildren();
    const bar = h("progress", { "aria-label": "Upload progress", max: 3, value: 0 });
    const line = h("p", {}, "Uploading…");
    status.append(bar, line);
    const steps: Record<ImportEvent["type"], number> = { parsed: 1, matched: 2, writing: 2, done: 3, error: 3 };
    uploadBibliography(file, (progress) => {
      bar.value =
        progress.type === "writing" ? 2 + progress.done / Math.max(1, progress.total) / 2 : steps[progress.type];
      line.textContent = progressText(progress);
      if (progress.type === "done") result.replaceChildren(summaryView(progress.summary));
      if (progress.type === "error")
        result.replaceChildren(errorState(new ApiError("RGE_INTERNAL", line.textContent, 500)));
    })
      .catch((error: unknown) => {
        const { title, detail } = describeError(error);
        line.textContent = `${title}: ${detail}`;
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return h("div", {}, form, result);
}

export function mount(root: HTMLElement, _route: Route): void {
  const main = pageFrame(root, "import");
  document.title = "Import a bibliography · Research Graph Explorer";
  main.replaceChildren(loadingState("Loading…"));
  void (async () => {
    try {
      const [viewer, settings] = await Promise.all([currentSession(), importSettings()]);
      if (!settings.enabled) {
        main.replaceChildren(heading(), h("p", {}, "Uploads are off on this server (RGE_ALLOW_UPLOADS)."));
        return;
      }
      if (!viewer) {
        main.replaceChildren(
          heading(),
          h("p", {}, "Sign in to import your bibliography into the research graph."),
          h("a", { class: "button button--primary", href: signInPath("/import") }, "Sign in"),
        );
        return;
      }
      main.replaceChildren(
        heading(),
        h(
          "p",
          { class: "muted" },
          "Entries are matched to works already in the graph by DOI, arXiv id, then title, year and first author; " +
            "the others are added. A failed upload changes nothing.",
        ),
        uploadForm(settings.maxBytes),
      );
    } catch (error) {
      main.replaceChildren(errorState(error, () => mount(root, _route), { page: true }));
    }
  })();
}
