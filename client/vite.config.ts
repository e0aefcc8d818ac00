import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The client is one page; the server sends index.html for every client route (/people/…, /papers/…, /explore).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
