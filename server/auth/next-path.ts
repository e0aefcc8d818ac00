/**
 * Where a sign-in lands: only a path of this site. Anything that a browser could read as another origin
 * (`//evil.example`, `/\evil.example`, `https://…`, `javascript:`), or any control character, becomes "/".
 */
const DEFAULT_NEXT = "/";

/** A same-site relative path (`/people/x?tab=works`) or "/". */
export function safeNextPath(raw: string | null | undefined): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return DEFAULT_NEXT;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return DEFAULT_NEXT;
  // Browsers drop tabs and newlines inside URLs and read "\" as "/": "/\t/evil" would become "//evil".
  if ([...raw].some((char) => char <= "\u001f" || char === "\u007f" || char === "\\")) return DEFAULT_NEXT;
  // The URL parser is the judge: resolved against a placeholder origin, the path must stay on it.
  const base = "http://rge.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return DEFAULT_NEXT;
  }
  if (url.origin !== base) return DEFAULT_NEXT;
  return `${url.pathname}${url.search}${url.hash}`;
}
