/** Number and text formatting shared by the pages. */

const numberFormat = new Intl.NumberFormat("en");

export function formatNumber(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? numberFormat.format(value) : "–";
}

/** "1 work", "7 works". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

export function yearRange(first: number | null | undefined, last: number | null | undefined): string | null {
  if (!first && !last) return null;
  if (!first || !last || first === last) return String(first ?? last);
  return `${first}–${last}`;
}

/** "preprint" → "Preprint"; "journal-article" → "Journal article". */
export function humanize(value: string | null | undefined): string {
  if (!value) return "";
  const text = value.replace(/[-_]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function doiUrl(doi: string): string {
  return doi.startsWith("http") ? doi : `https://doi.org/${doi.replace(/^doi:/i, "")}`;
}

export function orcidUrl(orcid: string): string {
  return orcid.startsWith("http") ? orcid : `https://orcid.org/${orcid}`;
}

/** "arxiv:hep-th/9401002" → "https://arxiv.org/abs/hep-th/9401002"; null for non-arXiv paper ids. */
export function arxivUrl(paperId: string): string | null {
  const match = /^arxiv:(.+)$/.exec(paperId);
  if (!match) return null;
  const arxivId = match[1]!;
  return /^([a-z-]+(\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(v\d+)?$/.test(arxivId)
    ? `https://arxiv.org/abs/${arxivId}`
    : null;
}

/** An ISO date-time as a short date in the reader's locale ("29 Nov 2026"); the input itself if it is none. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}
