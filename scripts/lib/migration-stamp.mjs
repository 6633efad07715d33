import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { hashInputs } from "./build-stamp.mjs"

// Variables that medusa-config.ts reads to choose modules, and so what `db:migrate` creates.
const MODULE_CHOOSING_ENV = [
  "REDIS_URL",
  "MEILISEARCH_HOST",
  "MEILISEARCH_INDEX_PREFIX",
  "VIETQR_ACCOUNT_NUMBER",
  "STRIPE_API_KEY",
]

// The stamp lives in the database it describes: a wiped or replaced database has none (or its
// own), so it is migrated; a copy restored from a backup carries the stamp of its schema.
const STAMP_TABLE = "ocop_start_stamp"

/**
 * A hash of everything that decides what `medusa db:migrate` does: our modules' migrations, the
 * links, the migration scripts, the module list (medusa-config.ts and the variables it reads) and
 * the installed Medusa packages (the lockfile).
 */
export function migrationInputsHash({ backendDir, lockfile, env = process.env }) {
  const modulesDir = path.join(backendDir, "src", "modules")
  const moduleMigrations = fs.existsSync(modulesDir)
    ? fs
        .readdirSync(modulesDir)
        .sort()
        .map((name) => path.join(modulesDir, name, "migrations"))
    : []
  const files = hashInputs([
    ...moduleMigrations,
    path.join(backendDir, "src", "links"),
    path.join(backendDir, "src", "migration-scripts"),
    path.join(backendDir, "medusa-config.ts"),
    lockfile,
  ])
  const moduleEnv = MODULE_CHOOSING_ENV.map((key) => `${key}=${env[key] ?? ""}`).join("\n")
  return crypto.createHash("sha256").update(files).update("\0").update(moduleEnv).digest("hex")
}

// What the store setup reads besides its code, the seed data and the modules.
const SETUP_ENV = [
  "ADMIN_EMAIL",
  "ADMIN_PASSWORD",
  "DEMO_PRODUCER_EMAIL",
  "DEMO_PRODUCER_PASSWORD",
  "SEED_DIR",
  "PUBLISHABLE_KEY_FILE",
]

/**
 * A hash of what the store setup (`setup-store`: settings, admin user, demo catalogue) depends on:
 * the schema (`migrationsHash`), the backend's code, the seed data and the variables it reads.
 */
export function setupInputsHash({ migrationsHash, backendDir, seedDir, lockfile, env = process.env }) {
  const files = hashInputs([
    path.join(backendDir, "src"),
    path.join(backendDir, "shared", "src"),
    path.join(backendDir, "medusa-config.ts"),
    seedDir,
    lockfile,
  ])
  const setupEnv = SETUP_ENV.map((key) => `${key}=${env[key] ?? ""}`).join("\n")
  return crypto
    .createHash("sha256")
    .update(migrationsHash)
    .update("\0")
    .update(files)
    .update("\0")
    .update(setupEnv)
    .digest("hex")
}

async function withClient(databaseUrl, use) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

export async function readStamp(databaseUrl, name) {
  return withClient(databaseUrl, async (client) => {
    const {
      rows: [table],
    } = await client.query("SELECT to_regclass($1) AS oid", [STAMP_TABLE])
    if (!table.oid) return undefined
    const { rows } = await client.query(`SELECT inputs_hash FROM ${STAMP_TABLE} WHERE name = $1`, [name])
    return rows[0]?.inputs_hash
  })
}

export async function writeStamp(databaseUrl, name, inputsHash) {
  await withClient(databaseUrl, async (client) => {
    await client.query(`CREATE TABLE IF NOT EXISTS ${STAMP_TABLE} (
      name text PRIMARY KEY, inputs_hash text NOT NULL, stamped_at timestamptz NOT NULL DEFAULT now())`)
    await client.query(
      `INSERT INTO ${STAMP_TABLE} (name, inputs_hash) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET inputs_hash = excluded.inputs_hash, stamped_at = now()`,
      [name, inputsHash]
    )
  })
}

/**
 * Runs `run` unless the database's stamp `name` says it already ran with these inputs (or `stale`
 * says its output is gone); stamps only after it succeeded. Returns whether it ran.
 */
export async function runUnlessStamped({ databaseUrl, name, inputsHash, run, stale = false }) {
  if (!stale && (await readStamp(databaseUrl, name)) === inputsHash) return false
  await run()
  await writeStamp(databaseUrl, name, inputsHash)
  return true
}
