import { defineConfig } from "vitest/config"

// Medusa loads medusa-config.ts and the app's modules with Node's require, so the forks
// register ts-node; the runner's hooks migrate a throwaway database, hence the long timeouts.
export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    execArgv: ["--require", "ts-node/register"],
    fileParallelism: false,
    silent: "passed-only",
    include: ["integration-tests/**/*.spec.ts"],
    globalSetup: ["integration-tests/utils/database.global-setup.mts"],
    hookTimeout: 120_000,
    testTimeout: 60_000,
    env: { NODE_ENV: "test", TS_NODE_TRANSPILE_ONLY: "true" },
  },
})
