import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIPPED_DIRS = new Set(["node_modules", ".medusa", ".next", ".data", ".git", "integration-tests", "__tests__"])

function* filesUnder(entry) {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const child of fs.readdirSync(entry).sort()) {
    if (!SKIPPED_DIRS.has(child)) yield* filesUnder(path.join(entry, child))
  }
}

/** A hash of the build's inputs: contents, not times, so a fresh clone and a touched file agree. */
export function hashInputs(inputs) {
  const hash = crypto.createHash("sha256")
  for (const input of inputs) {
    for (const file of filesUnder(input)) {
      hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0")
    }
  }
  return hash.digest("hex")
}

/** The stamp lives inside the build output, so deleting the output also marks the build stale. */
export function isBuildCurrent(stampFile, inputsHash) {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === inputsHash
}

export function writeBuildStamp(stampFile, inputsHash) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, inputsHash)
}
