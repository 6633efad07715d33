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
 * The rows each spec file's database had written (PostgreSQL's counters of inserted, updated and
 * deleted rows, aborted ones included) when restoreDatabase last made it a copy of its template.
 */
const writesAtRestore = new Map<string, { templateName: string; writes: string }>()

/**
 * Rows written in `database` so far, once its connections have ended (a backend hands its counts
 * to the statistics when it exits, and may hold them up to 10 s before); undefined when they
 * cannot be trusted: counting is off or a connection would not end.
 */
async function rowWritesOnceClosed(client: Client, database: string) {
  for (let attempt = 1; attempt <= 100; attempt++) {
    const { rows } = await client.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database]
    )
    if (rows[0].open === 0) {
      await client.query("SELECT pg_stat_clear_snapshot()")
      const { rows: counts } = await client.query<{ counting: string; writes: string | null }>(
        `SELECT current_setting('track_counts') AS counting,
                (tup_inserted + tup_updated + tup_deleted)::text AS writes
           FROM pg_stat_database WHERE datname = $1`,
        [database]
      )
      return counts[0]?.counting === "on" ? (counts[0].writes ?? undefined) : undefined
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return undefined
}

/**
 * What Medusa's runner does before every test but the first (`restorePostgresDatabaseFromTemplate`,
 * replaced in utils/medusa-test-runner.ts): `name`'s connections ended, the database dropped and
 * created again from the file's `template`, here with the copy strategy above. A test that wrote
 * no row since the last copy (a read, a refused request: about half of them) left it equal to its
 * template, so the drop and copy (~0.2–0.3 s, two checkpoints) are left out; its connections end
 * all the same, as a copy would end them.
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
    await endConnections(databaseName)
    const last = writesAtRestore.get(databaseName)
    const writes = await rowWritesOnceClosed(client, databaseName)
    if (writes === undefined || last?.templateName !== templateName || last.writes !== writes) {
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
      // Still closed to the app, so that the counters read next are the copy's own.
      await client.query(
        `CREATE DATABASE ${quote(databaseName)} TEMPLATE ${quote(templateName)}${copyStrategy()} ALLOW_CONNECTIONS false`
      )
      const copied = await rowWritesOnceClosed(client, databaseName)
      if (copied === undefined) writesAtRestore.delete(databaseName)
      else writesAtRestore.set(databaseName, { templateName, writes: copied })
    }
    await client.query(`ALTER DATABASE ${quote(databaseName)} WITH ALLOW_CONNECTIONS true`)
  })
}
