/**
 * Bytes of an import file → text. UTF-8 by default: a byte-order mark is dropped, and bytes that are not UTF-8 refuse
 * the file with the line they are on (decoding them leniently would store U+FFFD in place of the real characters).
 * Another encoding Node knows (`--encoding latin1`, `windows-1252`, `utf-16le`...) converts instead.
 */
import { basename } from "node:path";

/** The file cannot be read as text in the given encoding; `line` is 1-based. */
export class EncodingError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${basename(file)}:${line}: ${detail}`);
    this.name = "EncodingError";
  }
}

/** An `--encoding` value Node's TextDecoder does not know. */
export class UnknownEncodingError extends Error {
  constructor(encoding: string) {
    super(`unknown --encoding '${encoding}' (try utf-8, latin1, windows-1252, utf-16le)`);
    this.name = "UnknownEncodingError";
  }
}

/** Throws UnknownEncodingError unless Node can decode `encoding`; returns its canonical name. */
export function checkEncoding(encoding: string): string {
  try {
    return new TextDecoder(encoding).encoding;
  } catch {
    throw new UnknownEncodingError(encoding);
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8 (decoded line by line, so the cost stays linear). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return 1;
}

/** Decodes a whole import file; the BOM of the encoding, if any, is not part of the text. */
export function decodeImportFile(bytes: Uint8Array, file: string, encoding = "utf-8"): string {
  const canonical = checkEncoding(encoding);
  if (canonical !== "utf-8") return new TextDecoder(canonical).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(
      file,
      firstInvalidUtf8Line(bytes),
      "not valid UTF-8; if the file is in another encoding, name it with --encoding (e.g. --encoding latin1)",
    );
  }
}
