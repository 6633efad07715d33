import { randomUUID } from "node:crypto"
// The package itself, by path: the integration config points "@medusajs/test-utils" at this file.
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils/dist/medusa-test-runner"
import { copyDatabase, TEMPLATE_ENV } from "./database-template"

export * from "@medusajs/test-utils/dist/index"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's `medusaIntegrationTestRunner`, with the spec file's database copied from the run's
 * migrated template (see database.global-setup.mts) before the runner looks at it. Everything
 * else is the runner's: it still checks migrations and links (finding them applied), boots the
 * app, snapshots and restores the database around each test.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env[TEMPLATE_ENV]
  if (!template) return medusaRunner(options)
  const dbName = options.dbName ?? `ocop-test-${randomUUID()}`
  return medusaRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyDatabase(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
