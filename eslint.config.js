// Lint rules, including the import boundaries that keep the architecture honest (see docs/ARCHITECTURE.md).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const CLIENT_BOUNDARY = {
  group: ["**/server/**", "**/db/**", "**/seed/**", "neo4j-driver", "fastify", "node:*"],
  message: "Client code runs in the browser: do not reference server, database or Node code from client/.",
};

export default tseslint.config(
  { ignores: ["node_modules/", "client/dist/", "db/target/", ".data/", "test-artifacts/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["client/**/*.ts"],
    ignores: ["client/vite.config.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: { "no-restricted-imports": ["error", { patterns: [CLIENT_BOUNDARY] }] },
  },
  {
    files: ["client/graph/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            CLIENT_BOUNDARY,
            {
              group: ["**/pages/**", "**/ui/**"],
              message: "client/graph/ is shared by every page: it must not import pages or UI.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/routes/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["neo4j-driver"],
              message: "Routes never touch the driver: go through a repository (server/repositories/).",
            },
            { group: ["**/client/**"], message: "Do not reference client code from server code." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/graph/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["neo4j-driver", "fastify", "**/plugins/**", "**/repositories/**", "**/routes/**"],
              message: "server/graph/ holds pure data shaping: no driver, no Fastify, no I/O.",
            },
          ],
        },
      ],
    },
  },
);
