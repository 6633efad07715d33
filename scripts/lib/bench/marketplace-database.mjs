import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { buildProductImages } from "../../../seed/images/build-images.mjs"
import { analyzeDatabase } from "./throwaway-database.mjs"
import { backendServerDir, rootDir, seedDir } from "../paths.mjs"
import { runStep } from "../processes.mjs"

const medusaBin = path.join(rootDir, "node_modules", ".bin", "medusa")

/** What a Medusa server of this project needs to run against `databaseUrl` (production mode, in-memory modules). */
export function backendEnv({ databaseUrl, port, uploadDir }) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    SEED_DIR: seedDir,
    FILE_UPLOAD_DIR: uploadDir,
    // The order e-mails of the bench's purchases go with its other throwaway data.
    NOTIFICATION_OUTBOX_DIR: path.join(path.dirname(uploadDir), "outbox"),
  }
  for (const name of ["MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "REDIS_URL"]) delete env[name]
  return env
}

/**
 * Fills `databaseUrl` with this checkout's backend build (`backend/.medusa/server`, built first): the
 * migrations and the setup `npm start` runs (the demo catalogue of 138 producers), then
 * `addSyntheticProducers` adds more. Returns the publishable key.
 */
export async function loadDemoMarketplace({ databaseUrl, uploadDir, logDir }) {
  await buildProductImages()
  const env = backendEnv({ databaseUrl, port: 0, uploadDir })
  await runStep(medusaBin, ["db:migrate"], { cwd: backendServerDir, env, logFile: path.join(logDir, "migrate.log") })
  const keyFile = path.join(logDir, "publishable-key")
  await runStep(medusaBin, ["exec", "./src/scripts/setup-store.js"], {
    cwd: backendServerDir,
    env: { ...env, PUBLISHABLE_KEY_FILE: keyFile },
    logFile: path.join(logDir, "setup.log"),
  })
  await analyzeDatabase(databaseUrl)
  return fs.readFileSync(keyFile, "utf8").trim()
}

/**
 * Adds `producers` synthetic producers, each with its stock location, shipping profile, fulfillment
 * set, standard delivery and pickup, and `products` products among them, by direct module calls
 * (`load-synthetic-catalogue`), then refreshes the planner's statistics. Returns the loader's timings.
 */
export async function addSyntheticProducers({ databaseUrl, uploadDir, logDir, producers, products = producers * 2 }) {
  const resultFile = path.join(logDir, "synthetic-load.json")
  await runStep(medusaBin, ["exec", "./src/scripts/bench/load-synthetic-catalogue.js"], {
    cwd: backendServerDir,
    env: {
      ...backendEnv({ databaseUrl, port: 0, uploadDir }),
      BENCH_PRODUCTS: String(products),
      BENCH_PRODUCERS: String(producers),
      BENCH_RESULT_FILE: resultFile,
    },
    logFile: path.join(logDir, "synthetic-load.log"),
  })
  await analyzeDatabase(databaseUrl)
  return JSON.parse(fs.readFileSync(resultFile, "utf8"))
}
