import fs from "node:fs"
import pg from "pg"
import { startEmbeddedPostgres } from "../embedded-postgres.mjs"

/**
 * Refreshes the planner's statistics of every table, as autovacuum does a minute or so after a
 * bulk write. Without them the search-postgres tables, seeded seconds before a measurement, are
 * planned as if empty: the planner picks the jsonb index that matches every product and reads
 * all 20,000 rows per statement (on this machine's PostgreSQL service autovacuum is off, so
 * they would never come).
 */
export function analyzeDatabase(url) {
  return runStatement(url, "ANALYZE")
}

/** Runs one statement on a connection of its own, closed whatever happens. */
async function runStatement(url, sql) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * A database that exists only for one benchmark run: a fresh database on the server at
 * `serverUrl` when one is given, else an embedded PostgreSQL with its data in `dir`.
 * `remove()` drops it (or stops the embedded server and deletes its data).
 */
export async function createThrowawayDatabase({ serverUrl, dir, log, prefix = "ocop_bench" }) {
  if (serverUrl) {
    const name = `${prefix}_${process.pid}_${Date.now()}`
    await runStatement(serverUrl, `CREATE DATABASE "${name}"`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      description: `database ${name} on ${url.host}`,
      remove: () => runStatement(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const server = await startEmbeddedPostgres({ dir, database: prefix, log })
  return {
    url: server.url,
    description: `embedded PostgreSQL on port ${server.port}, data in ${dir}`,
    remove: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
