/**
 * Line numbers inside one JSON document, for `file:line` reports on whole-document formats (the seed profile's
 * `works`, an OpenAlex API page's `results`). JSON.parse keeps no positions, so this scans the text once: it skips
 * strings, tracks nesting, and notes where each element of one top-level array starts.
 */

export interface ArrayPositions {
  /** Line of the top-level `"key":`, or 1 when the key is absent. */
  keyLine: number;
  /** Line where each element of the array starts, in order (empty when the value is not an array). */
  elementLines: number[];
}

/** Where the top-level property `key` and each element of its array value start (1-based lines). */
export function topLevelArrayPositions(text: string, key: string): ArrayPositions {
  const positions: ArrayPositions = { keyLine: 1, elementLines: [] };
  let line = 1;
  let depth = 0;
  let lastString = "";
  let currentKey = ""; // the top-level property whose value is being read
  let inTarget = false; // inside the target array
  let expectElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === "\n") line += 1;
    if (char === "\n" || char === " " || char === "\t" || char === "\r") continue;
    if (inTarget && depth === 2 && expectElement && char !== "]") {
      positions.elementLines.push(line);
      expectElement = false;
    }
    if (char === '"') {
      const start = i + 1;
      for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === "\\") i += 1;
      lastString = text.slice(start, i);
      continue;
    }
    if (depth === 1 && char === ":") {
      currentKey = lastString;
      if (currentKey === key) positions.keyLine = line;
    } else if (depth === 1 && char === ",") currentKey = "";
    else if (depth === 1 && char === "[" && currentKey === key) {
      inTarget = true;
      expectElement = true;
    } else if (inTarget && depth === 2 && char === ",") expectElement = true;
    if (char === "{" || char === "[") depth += 1;
    else if (char === "}" || char === "]") {
      depth -= 1;
      if (inTarget && depth === 1) return positions;
    }
  }
  return positions;
}
