/** Where a node key leads: its own page for people and papers, the explorer focused on it otherwise. */
import { paperPath, personPath } from "../router.ts";
import { parseNodeKey } from "../graph/types.ts";

export function explorerPath(focus: string, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams({ focus });
  for (const [name, value] of Object.entries(extra))
    if (value !== undefined && value !== "") params.set(name, String(value));
  return `/explore?${params.toString()}`;
}

export function nodeHref(key: string): string {
  const parsed = parseNodeKey(key);
  if (!parsed) return explorerPath(key);
  if (parsed.kind === "person") return personPath(parsed.id);
  if (parsed.kind === "paper") return paperPath(parsed.id);
  return explorerPath(key);
}
