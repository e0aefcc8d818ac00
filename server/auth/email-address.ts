/** Email addresses as the accounts store them. */

/** A normalised email address: trimmed and lower-cased (the User's unique key), or null when it is not one. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\]+$/.test(email)) return null;
  return email;
}
