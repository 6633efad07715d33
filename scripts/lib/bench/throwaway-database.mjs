import fs from "node:fs"
import pg from "pg"
import { startEmbeddedPostgres } from "../embedded-postgres.mjs"

/**
 * A database that exists only for one benchmark run: a fresh database on the server at
 * `serverUrl` when one is given, else an embedded PostgreSQL with its data in `dir`.
 * `remove()` drops it (or stops the embedded server and deletes its data).
 */
export async function createThrowawayDatabase({ serverUrl, dir, log }) {
  if (serverUrl) {
    const name = `ocop_bench_${process.pid}_${Date.now()}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      description: `database ${name} on ${url.host}`,
      remove: async () => {
        const client = new pg.Client({ connectionString: serverUrl })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const server = await startEmbeddedPostgres({ dir, database: "ocop_bench", log })
  return {
    url: server.url,
    description: `embedded PostgreSQL on port ${server.port}, data in ${dir}`,
    remove: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
