import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, test } from "node:test"
import pg from "pg"
import { startEmbeddedPostgres } from "../lib/embedded-postgres.mjs"
import { migrationInputsHash, runUnlessStamped, setupInputsHash } from "../lib/migration-stamp.mjs"

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-migration-stamp-"))
fs.chmodSync(root, 0o755)
const databaseName = `ocop_stamp_${process.pid}`
let server
let adminUrl

/** The PostgreSQL the integration suites use (DATABASE_URL or 127.0.0.1:5432), else an embedded one. */
before(async () => {
  const candidate = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
  const probe = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 2_000 })
  try {
    await probe.connect()
    await probe.end()
    adminUrl = candidate
  } catch {
    server = await startEmbeddedPostgres({ dir: path.join(root, "postgres"), database: "postgres" })
    adminUrl = server.url
  }
  await createDatabase()
})

after(async () => {
  await admin(`DROP DATABASE IF EXISTS "${databaseName}"`)
  await server?.stop()
  fs.rmSync(root, { recursive: true, force: true })
})

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  await client.query(sql)
  await client.end()
}
const createDatabase = () => admin(`CREATE DATABASE "${databaseName}"`)
const databaseUrl = () => {
  const url = new URL(adminUrl)
  url.pathname = `/${databaseName}`
  return url.toString()
}

/** A backend folder with one module migration, links and medusa-config.ts, and a lockfile. */
function backendFixture() {
  const dir = fs.mkdtempSync(path.join(root, "backend-"))
  const backendDir = path.join(dir, "backend")
  fs.mkdirSync(path.join(backendDir, "src", "modules", "producer", "migrations"), { recursive: true })
  fs.mkdirSync(path.join(backendDir, "src", "links"), { recursive: true })
  fs.writeFileSync(
    path.join(backendDir, "src", "modules", "producer", "migrations", "Migration1.ts"),
    "create table producer"
  )
  fs.writeFileSync(path.join(backendDir, "src", "modules", "producer", "service.ts"), "export class ProducerService {}")
  fs.writeFileSync(path.join(backendDir, "src", "links", "product-producer.ts"), "defineLink(product, producer)")
  fs.writeFileSync(path.join(backendDir, "medusa-config.ts"), "modules: [producer]")
  const lockfile = path.join(dir, "package-lock.json")
  fs.writeFileSync(lockfile, '{"@medusajs/medusa": "2.21.2"}')
  return { backendDir, lockfile }
}

test("migrations run on a new database, are skipped when nothing changed, and run again after a change", async () => {
  const fixture = backendFixture()
  let migrations = 0
  const migrate = async (env = {}) =>
    runUnlessStamped({
      databaseUrl: databaseUrl(),
      name: "migrations",
      inputsHash: migrationInputsHash({ ...fixture, env }),
      run: async () => {
        migrations++
      },
    })

  assert.equal(await migrate(), true, "a database without a stamp is migrated")
  assert.equal(await migrate(), false, "nothing changed")

  fs.writeFileSync(
    path.join(fixture.backendDir, "src", "modules", "producer", "service.ts"),
    "export class ProducerService { x() {} }"
  )
  assert.equal(await migrate(), false, "a service change does not touch the schema")

  fs.writeFileSync(
    path.join(fixture.backendDir, "src", "modules", "producer", "migrations", "Migration2.ts"),
    "alter table producer"
  )
  assert.equal(await migrate(), true, "a new migration file")
  fs.writeFileSync(
    path.join(fixture.backendDir, "src", "links", "product-producer.ts"),
    "defineLink(product, { linkable: producer, isList: true })"
  )
  assert.equal(await migrate(), true, "a changed link")
  fs.writeFileSync(fixture.lockfile, '{"@medusajs/medusa": "2.21.3"}')
  assert.equal(await migrate(), true, "another Medusa version")
  assert.equal(await migrate({ MEILISEARCH_HOST: "http://127.0.0.1:7700" }), true, "another module list")
  assert.equal(await migrate({ MEILISEARCH_HOST: "http://127.0.0.1:7700" }), false)
  assert.equal(migrations, 5)
})

test("a wiped database is migrated again, and a failed migration leaves no stamp", async () => {
  const fixture = backendFixture()
  const inputsHash = migrationInputsHash(fixture)
  let migrations = 0
  const run = async () => {
    migrations++
  }
  assert.equal(await runUnlessStamped({ databaseUrl: databaseUrl(), name: "migrations", inputsHash, run }), true)
  assert.equal(await runUnlessStamped({ databaseUrl: databaseUrl(), name: "migrations", inputsHash, run }), false)

  await admin(`DROP DATABASE "${databaseName}"`)
  await createDatabase()
  const failing = () => Promise.reject(new Error("db:migrate failed"))
  await assert.rejects(
    runUnlessStamped({ databaseUrl: databaseUrl(), name: "migrations", inputsHash, run: failing }),
    /db:migrate failed/
  )
  assert.equal(await runUnlessStamped({ databaseUrl: databaseUrl(), name: "migrations", inputsHash, run }), true)
  assert.equal(migrations, 2)
})

test("the store setup runs again when the seed data, its code or the schema change, or its output is gone", async () => {
  const fixture = backendFixture()
  const seedDir = path.join(path.dirname(fixture.backendDir), "seed")
  fs.mkdirSync(seedDir)
  fs.writeFileSync(path.join(seedDir, "products.json"), "[]")
  let setups = 0
  const setup = async ({ stale = false } = {}) =>
    runUnlessStamped({
      databaseUrl: databaseUrl(),
      name: "setup",
      inputsHash: setupInputsHash({ migrationsHash: migrationInputsHash(fixture), seedDir, ...fixture, env: {} }),
      stale,
      run: async () => {
        setups++
      },
    })

  assert.equal(await setup(), true)
  assert.equal(await setup(), false, "nothing changed")
  fs.writeFileSync(path.join(seedDir, "products.json"), '[{"title":"Mắm tôm"}]')
  assert.equal(await setup(), true, "new seed data")
  fs.writeFileSync(
    path.join(fixture.backendDir, "src", "modules", "producer", "service.ts"),
    "export class ProducerService { y() {} }"
  )
  assert.equal(await setup(), true, "its code changed")
  fs.writeFileSync(
    path.join(fixture.backendDir, "src", "modules", "producer", "migrations", "Migration3.ts"),
    "alter table producer"
  )
  assert.equal(await setup(), true, "the schema changed")
  assert.equal(await setup({ stale: true }), true, "the publishable key file is gone")
  assert.equal(await setup(), false)
  assert.equal(setups, 5)
})
