import { randomUUID } from "node:crypto"
import { createRequire } from "node:module"
// The package itself, by path: the integration config points "@medusajs/test-utils" at this file.
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils/dist/medusa-test-runner"
import { copyDatabase, restoreDatabase, TEMPLATE_ENV } from "./database-template"
import { templateFor } from "./seeded-template"

export * from "@medusajs/test-utils/dist/index"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's `medusaIntegrationTestRunner`, with the spec file's database copied from one of the
 * run's templates before the runner looks at it: the migrated one (database.global-setup.mts), or
 * the seeded marketplace's (seeded-template.ts). The copy has every migration and link table, so
 * the runner's own migration run and link sync, which only find them applied (~4 s a spec file),
 * are left out. Everything else is the runner's: it boots the app, snapshots and restores the
 * database around each test (the restore by a file copy on the run's throwaway server, see
 * restoreDatabase).
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env[TEMPLATE_ENV]
  if (!template) return medusaRunner(options)
  const dbName = options.dbName ?? `ocop-test-${randomUUID()}`
  replaceRunnerUtils()
  return medusaRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyDatabase(await templateFor(dbName, template), dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

/** The runner reads these through its utils modules' exports, so replacing them there reaches it. */
function replaceRunnerUtils() {
  const load = createRequire(__filename)
  const useDb = load("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
  useDb.migrateDatabase = async () => undefined
  useDb.syncLinks = async () => undefined
  const templates = load("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
  templates.restorePostgresDatabaseFromTemplate = restoreDatabase
}
