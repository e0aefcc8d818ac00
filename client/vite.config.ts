import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The client is one page; the server sends index.html for every client route (/people/…, /papers/…, /explore).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // No source maps in the production bundle: they would publish the sources of the whole client.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
