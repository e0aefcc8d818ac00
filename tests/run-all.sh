#!/usr/bin/env bash
# `npm test`: lint, typecheck, build the client, then every test (unit, integration against a real Neo4j that the
# run starts and stops itself, and browser tests in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java javac mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ERROR: '$tool' is required (Java 17 + Maven run the embedded Neo4j)" >&2; exit 1; }
done

echo "== lint (eslint + prettier)"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
echo "== Chromium for browser tests"
bash tests/ensure-chromium.sh
echo "== client build"
npx vite build --config client/vite.config.ts --logLevel warn
echo "== tests"
npx vitest run "$@"
