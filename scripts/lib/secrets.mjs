import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

// REVALIDATE_SECRET signs the backend's requests to the storefront to drop cached data.
const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]

/**
 * Secrets come from the environment; the ones not given are generated once and kept in
 * `<dataDir>/secrets.json` (readable by the owner only), so sessions survive restarts.
 */
export function ensureSecrets(dataDir, env = process.env) {
  const file = path.join(dataDir, "secrets.json")
  const stored = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  let changed = false
  for (const name of SECRET_NAMES) {
    if (!stored[name]) {
      stored[name] = crypto.randomBytes(32).toString("hex")
      changed = true
    }
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name] || stored[name]]))
}
