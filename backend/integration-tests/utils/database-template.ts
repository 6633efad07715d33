import { spawnSync } from "node:child_process"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"

/** Name of the migrated database that each spec file's database is copied from (set by the global setup). */
export const TEMPLATE_ENV = "OCOP_TEST_DB_TEMPLATE"

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
      await onServer((client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`))
      return
    } catch (error) {
      if (attempt >= 20 || !String((error as Error).message).includes("being accessed by other users")) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
}
