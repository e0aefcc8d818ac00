/**
 * The team tray: people gathered with "Add to team" on profiles, kept in localStorage (this browser only, no account
 * needed) until they are opened as a team on /team. Storage failures (private mode, quota) leave an empty tray.
 */
import { MAX_TEAM } from "./state.ts";

export interface TrayEntry {
  key: string;
  name: string;
}

const STORAGE_KEY = "rge.teamTray";

function isEntry(value: unknown): value is TrayEntry {
  const entry = value as TrayEntry;
  return typeof entry?.key === "string" && entry.key.startsWith("person:") && typeof entry.name === "string";
}

export function readTray(): TrayEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, MAX_TEAM) : [];
  } catch {
    return [];
  }
}

function writeTray(entries: TrayEntry[]): TrayEntry[] {
  try {
    if (entries.length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage refused: the tray lives only as long as this page.
  }
  return entries;
}

/** Adds a person (no duplicates, at most MAX_TEAM); returns the tray. */
export function addToTray(entry: TrayEntry): TrayEntry[] {
  const tray = readTray();
  if (tray.some((item) => item.key === entry.key) || tray.length >= MAX_TEAM) return tray;
  return writeTray([...tray, entry]);
}

export function removeFromTray(key: string): TrayEntry[] {
  return writeTray(readTray().filter((item) => item.key !== key));
}

export function clearTray(): TrayEntry[] {
  return writeTray([]);
}
