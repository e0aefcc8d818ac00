/**
 * BibTeX field values to plain Unicode: the TeX accents reference managers write (`{\'e}`, `\"{o}`, `{\ss}`,
 * `\v{c}`), the escaped specials (`\&`, `\%`, `\_`), dashes and ties, and the braces that only protect case. What is
 * not understood is kept as written, minus the backslash, rather than dropped.
 */

/** Combining marks of the one-character accent commands. */
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030c",
  H: "\u030b",
  c: "\u0327",
  k: "\u0328",
  r: "\u030a",
  d: "\u0323",
  b: "\u0331",
};

/** Commands that stand for a letter or a symbol. */
const SYMBOLS: Record<string, string> = {
  ss: "ß",
  o: "ø",
  O: "Ø",
  aa: "å",
  AA: "Å",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  l: "ł",
  L: "Ł",
  i: "ı",
  j: "ȷ",
  textbackslash: "\\",
  textasciicircum: "^",
  textasciitilde: "~",
  textendash: "–",
  textemdash: "—",
  dh: "ð",
  DH: "Ð",
  th: "þ",
  TH: "Þ",
};

/** Decodes one field value (already without its outer delimiters). */
export function texToUnicode(value: string): string {
  let text = value;
  // \'{e}, \'e, {\'e}, \v{c}, \"{\i}: accent commands on one letter, braces optional.
  text = text.replace(
    /\\([`'^"~=.uvHckrdb])(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(?<![A-Za-z])([A-Za-z])|\s+([A-Za-z]))/g,
    (match, accent: string, braced?: string, bare?: string, spaced?: string) => {
      const letter = braced ?? bare ?? spaced ?? "";
      // Letters after \u, \v, … need braces or a space (\ufoo is a command): leave those alone.
      if (/[a-zA-Z]/.test(accent) && bare !== undefined) return match;
      const base = letter === "\\i" ? "i" : letter === "\\j" ? "j" : letter;
      return (base + ACCENTS[accent]!).normalize("NFC");
    },
  );
  text = text.replace(/\\([A-Za-z]+)(?:\{\}|\s+|(?![A-Za-z]))/g, (match, name: string) => SYMBOLS[name] ?? match);
  text = text.replace(/\\([&%$#_{}~^])/g, "$1");
  text = text
    .replace(/---/g, "—")
    .replace(/--/g, "–")
    .replace(/(?<!\\)~/g, "\u00a0");
  // Case-protecting braces and any remaining command's backslash go; the words stay.
  text = text.replace(/\\([A-Za-z]+)/g, "$1").replace(/[{}]/g, "");
  return text.replace(/\s+/g, " ").trim();
}
