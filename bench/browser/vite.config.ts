import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The browser benchmark's own page (index.html + harness.ts), built only by bench/browser/run.ts: the harness
// never ships in the app's bundle (client/vite.config.ts).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  build: { outDir: fileURLToPath(new URL("../results/browser-dist", import.meta.url)), emptyOutDir: true },
  logLevel: "error",
});
