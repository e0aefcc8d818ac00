/**
 * graphology-gexf's writer alone: its browser entry point also loads the parser, which needs a global DOMParser at
 * import time (absent in Node, where the unit tests run). The writer module is CommonJS (`module.exports = write`).
 */
declare module "graphology-gexf/browser/writer.js" {
  import type { write } from "graphology-gexf/browser/index.js";
  const writer: { default: typeof write };
  export default writer;
}
