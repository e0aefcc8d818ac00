import { defineConfig } from "vitest/config";

// One Neo4j for the whole run (tests/_helpers/global-setup.ts), shared by the integration and e2e projects.
// Files run one at a time: they share that database and two of them restart processes.
export default defineConfig({
  test: {
    globalSetup: ["tests/_helpers/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ["default"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"] } },
      { extends: true, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], testTimeout: 120_000 } },
    ],
  },
});
