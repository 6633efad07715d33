import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"
import { hashInputs, isBuildCurrent, writeBuildStamp } from "../lib/build-stamp.mjs"
import { ensureSecrets } from "../lib/secrets.mjs"

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "ocop-scripts-"))
}

test("a build is stale until stamped, and again after any input file changes", () => {
  const dir = tempDir()
  const src = path.join(dir, "src")
  fs.mkdirSync(path.join(src, "node_modules"), { recursive: true })
  fs.writeFileSync(path.join(src, "a.ts"), "export const a = 1")
  const stamp = path.join(dir, "out", ".stamp")

  const first = hashInputs([src])
  assert.equal(isBuildCurrent(stamp, first), false)
  writeBuildStamp(stamp, first)
  assert.equal(isBuildCurrent(stamp, hashInputs([src])), true)

  fs.writeFileSync(path.join(src, "node_modules", "ignored.js"), "x")
  assert.equal(isBuildCurrent(stamp, hashInputs([src])), true, "node_modules is not a build input")

  fs.writeFileSync(path.join(src, "a.ts"), "export const a = 2")
  assert.equal(isBuildCurrent(stamp, hashInputs([src])), false)
})

test("secrets are generated once, kept private, and the environment wins", () => {
  const dir = tempDir()
  const first = ensureSecrets(dir, {})
  assert.match(first.JWT_SECRET, /^[0-9a-f]{64}$/)
  assert.notEqual(first.JWT_SECRET, first.COOKIE_SECRET)
  assert.match(first.REVALIDATE_SECRET, /^[0-9a-f]{64}$/)
  assert.deepEqual(ensureSecrets(dir, {}), first)
  assert.equal(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777, 0o600)
  assert.equal(ensureSecrets(dir, { JWT_SECRET: "from-env" }).JWT_SECRET, "from-env")
})
