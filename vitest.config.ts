import { defineConfig } from "vitest/config";

// One Neo4j for the whole run (tests/_helpers/global-setup.ts) shared by unit, integration and e2e files. A single
// project on purpose: Vitest runs globalSetup once per project, which would start one Neo4j (and import) per project.
// Files run one at a time: they share that database, and some restart processes or drive a browser.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/_helpers/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
