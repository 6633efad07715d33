import { spawnSync } from "node:child_process"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"

/** Name of the migrated database that each spec file's database is copied from (set by the global setup). */
export const TEMPLATE_ENV = "OCOP_TEST_DB_TEMPLATE"

/**
 * Set by the global setup when the run has its own throwaway server (no fsync): databases are then
 * copied file by file (`STRATEGY FILE_COPY`) instead of page by page through the write-ahead log
 * (PostgreSQL's default since 15), about twice as fast for the 20–40 MB databases copied before
 * every test (measured: ~0.2 s against ~0.4 s for the migrated template). Its checkpoints would
 * cost more on a server that syncs to disk, so another server keeps the default.
 */
export const FILE_COPY_ENV = "OCOP_TEST_DB_FILE_COPY"

const copyStrategy = () => (process.env[FILE_COPY_ENV] === "1" ? " STRATEGY FILE_COPY" : "")

const backendDir = path.resolve(__dirname, "../..")

function serverUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}/${database}`
}

async function onServer<T>(run: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: serverUrl("postgres") })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

export async function dropDatabase(name: string) {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`))
}

/** Drops every database whose name starts with `prefix` (the run's seeded templates). */
export async function dropDatabasesStartingWith(prefix: string) {
  const { rows } = await onServer((client) =>
    client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix])
  )
  for (const { datname } of rows) await dropDatabase(datname)
}

/**
 * Creates `name` and brings it to what Medusa's test runner would make of an empty database
 * (module migrations and link tables; no migration scripts, no search indexes: the runner adds
 * those itself), with the app's default configuration. Takes a process and ~20 s, once per run.
 */
export async function createMigratedDatabase(name: string) {
  await dropDatabase(name)
  await onServer((client) => client.query(`CREATE DATABASE ${quote(name)}`))
  const migrate = spawnSync("npx", ["medusa", "db:migrate", "--skip-scripts", "--skip-search", "--execute-all-links"], {
    cwd: backendDir,
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: serverUrl(name) },
    encoding: "utf8",
  })
  if (migrate.status !== 0) {
    await dropDatabase(name)
    throw new Error(`Migrating the test template ${name} failed:\n${migrate.stdout}\n${migrate.stderr}`)
  }
}

/**
 * Creates `name` as a file copy of `template`. A suite's runner then finds every migration and
 * link already applied and only checks them, instead of running ~300 migrations per spec file.
 */
export async function copyDatabase(template: string, name: string) {
  // CREATE DATABASE refuses a template someone is connected to; a neighbour's copy can be under way.
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer((client) =>
        client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}${copyStrategy()}`)
      )
      return
    } catch (error) {
      if (attempt >= 20 || !String((error as Error).message).includes("being accessed by other users")) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
}

/**
 * What Medusa's runner does before every test but the first (`restorePostgresDatabaseFromTemplate`,
 * replaced in utils/medusa-test-runner.ts): `name` dropped, its connections ended, and created
 * again from the file's `template`, here with the copy strategy above.
 */
export async function restoreDatabase({ databaseName, templateName }: { databaseName: string; templateName: string }) {
  await onServer(async (client) => {
    const endConnections = (database: string) =>
      client.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [database]
      )
    // The app's pool reconnects as soon as its connections end: the database first refuses new ones.
    await client.query(`ALTER DATABASE ${quote(databaseName)} WITH ALLOW_CONNECTIONS false`).catch(() => undefined)
    for (let attempt = 1; ; attempt++) {
      await endConnections(databaseName)
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quote(databaseName)}`)
        break
      } catch (error) {
        if (attempt >= 10 || !String((error as Error).message).includes("being accessed by other users")) throw error
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
      }
    }
    await endConnections(templateName)
    await client.query(`CREATE DATABASE ${quote(databaseName)} TEMPLATE ${quote(templateName)}${copyStrategy()}`)
    await client.query(`ALTER DATABASE ${quote(databaseName)} WITH ALLOW_CONNECTIONS true`)
  })
}
