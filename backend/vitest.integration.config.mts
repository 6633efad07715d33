import os from "node:os"
import path from "node:path"
import { defineConfig } from "vitest/config"
import SeedingSequencer from "./integration-tests/utils/seeding-sequencer.mjs"

// Spec files run side by side, two at a time on a machine with two cores or more (OCOP_TEST_WORKERS
// sets another number): each has its own database copy, its app on a free port, its own outbox
// folder and its own Meilisearch. One file alone keeps a core busy only ~75 % of the time (it waits
// on PostgreSQL and on its app's background work), so the second worker nearly halves the run.
const workers = Math.max(1, Number(process.env.OCOP_TEST_WORKERS) || Math.min(2, os.availableParallelism()))

// Medusa loads medusa-config.ts and the app's modules with Node's require, so the forks
// register ts-node; the runner's hooks boot the app and seed the marketplace, hence the long
// timeouts (a file that wants the seeded marketplace while another file seeds it waits for that
// one's template in its boot hook, up to 240 s, see integration-tests/utils/seeded-template.ts).
export default defineConfig({
  resolve: {
    // Spec files import Medusa's runner as usual and get ours, which copies their database from
    // the run's migrated template instead of migrating it again (integration-tests/utils/medusa-test-runner.ts).
    alias: [
      {
        find: /^@medusajs\/test-utils$/,
        replacement: path.resolve(import.meta.dirname, "integration-tests/utils/medusa-test-runner.ts"),
      },
    ],
  },
  test: {
    globals: true,
    pool: "forks",
    execArgv: ["--require", "ts-node/register"],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    silent: "passed-only",
    reporters: ["default", "./integration-tests/utils/spec-timings-reporter.mts"],
    include: ["integration-tests/**/*.spec.ts"],
    globalSetup: ["integration-tests/utils/database.global-setup.mts"],
    sequence: { sequencer: SeedingSequencer },
    hookTimeout: 400_000,
    testTimeout: 60_000,
    // With REDIS_URL (redis.spec), a scheduled job's workflow that is still running when the spec's
    // app shuts down fails to read its transaction from Medusa's closed Redis connection: nothing
    // of a test runs then. That one error of the shutdown is ignored; any other still fails the run.
    onUnhandledError: (error) => (isRedisShutdownError(error) ? false : undefined),
    env: { NODE_ENV: "test", TS_NODE_TRANSPILE_ONLY: "true" },
  },
})

function isRedisShutdownError(error: { message?: string; stack?: string }) {
  return error.message === "Connection is closed." && /ioredis/.test(error.stack ?? "")
}
