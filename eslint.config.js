// Lint rules, including the import boundaries that keep the architecture honest (see docs/ARCHITECTURE.md).
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

const CLIENT_BOUNDARY = {
  group: ["**/server/**", "**/db/**", "**/seed/**", "neo4j-driver", "fastify", "node:*"],
  message: "Client code runs in the browser: do not reference server, database or Node code from client/.",
};

/**
 * Folder-to-folder boundaries, resolved to real paths (so `../../x` and `../x` are judged alike). Packages under
 * node_modules are not folders of ours and stay allowed here; the package rules below name the forbidden ones.
 */
const FOLDER_BOUNDARIES = [
  {
    target: "./client",
    from: "./",
    except: ["./client", "./contract", "./node_modules"],
    message:
      "client/ may import only client/ and contract/: what the client shares with the server is the contract, " +
      "anything else (config/ included) is server, database or tooling code that must not reach the browser bundle.",
  },
  {
    target: "./contract",
    from: ["./server", "./client", "./seed", "./db", "./bench"],
    message:
      "contract/ is what client and server both know: it depends on neither (nor on seed/, db/, bench/), " +
      "or the client would pull server code and the server browser code.",
  },
  {
    target: "./config",
    from: ["./server", "./client", "./seed", "./db", "./bench", "./tests"],
    message:
      "config/ is read by the server, seed/, db/ and bench/ alike: it depends on none of them, or a tool would pull " +
      "the HTTP app (and the app a tool) just to read an environment variable.",
  },
  {
    target: ["./seed", "./db"],
    from: ["./server/routes", "./server/plugins", "./server/repositories", "./server/app.ts", "./client", "./bench"],
    message:
      "seed/ and db/ are tools around the database: they may use the driver edge (server/neo4j/), pure shaping and " +
      "the configuration, never the HTTP app (routes, plugins, repositories), the client or the benchmarks.",
  },
  {
    target: ["./server", "./client", "./contract", "./seed", "./db"],
    from: ["./bench", "./tests"],
    message: "bench/ and tests/ are never a dependency of product code: they import it, not the other way round.",
  },
  {
    target: "./client/explorer",
    from: ["./client/pages", "./client/ui"],
    message:
      "client/explorer/ is the explorer's pure state (steps, filters, encodings, URL state), testable without a " +
      "browser: pages and UI use it, it never uses them.",
  },
];

/** In the client, the contract's schemas are for types only: a value import would ship TypeBox in the bundle. */
const CONTRACT_SCHEMAS_TYPE_ONLY = {
  group: ["**/contract/schemas/**"],
  allowTypeImports: true,
  message:
    "The client takes response *types* from contract/schemas (import type … / Static<…>): a value import would ship " +
    "TypeBox and the schemas in the browser bundle.",
};

export default tseslint.config(
  { ignores: ["node_modules/", "client/dist/", "db/target/", ".data/", "test-artifacts/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js"] })] },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "import-x/no-restricted-paths": ["error", { zones: FOLDER_BOUNDARIES }],
    },
  },
  {
    files: ["client/**/*.ts"],
    ignores: ["client/vite.config.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": ["error", { patterns: [CLIENT_BOUNDARY] }],
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [CONTRACT_SCHEMAS_TYPE_ONLY] }],
    },
  },
  {
    // The browser benchmark's page (built by bench/browser/run.ts only) runs in Chromium.
    files: ["bench/browser/harness.ts"],
    languageOptions: { globals: { ...globals.browser } },
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
    files: ["contract/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "fastify",
                "@fastify/*",
                "fastify-*",
                "neo4j-driver",
                "node:*",
                "graphology*",
                "sigma",
                "@sigma/*",
              ],
              message:
                "contract/ runs in the browser and on the server: its only dependency is typebox (for the schemas).",
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
    files: ["server/repositories/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["neo4j-driver"],
              message:
                "Repositories see no driver types: they read through GraphReader (server/plugins/neo4j.ts) and build " +
                "integer parameters with cypherInt (server/neo4j/native.ts), so the driver stays behind server/neo4j/.",
            },
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
