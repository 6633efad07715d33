import path from "node:path"
import { hashInputs, isBuildCurrent, writeBuildStamp } from "../build-stamp.mjs"
import { backendDir, backendServerDir, rootDir, sharedDir, storefrontDir } from "../paths.mjs"
import { runStep } from "../processes.mjs"

// `npm start` (scripts/start.mjs), the topology run and bench-cart stamp their builds with these
// inputs and stamp files, so each reuses the others' build.
const medusaBin = path.join(rootDir, "node_modules", ".bin", "medusa")
const nextBin = path.join(rootDir, "node_modules", ".bin", "next")
const tscBin = path.join(rootDir, "node_modules", ".bin", "tsc")

/** What each build of the checkout at `appDir` is made from; the shared rules go into all three. */
export function buildInputs(appDir) {
  const backend = path.join(appDir, "backend")
  const shared = path.join(backend, "shared")
  const storefront = path.join(appDir, "storefront")
  const lockfile = path.join(appDir, "package-lock.json")
  const sharedSource = path.join(shared, "src")
  return {
    shared: [
      sharedSource,
      ...["package.json", "tsconfig.json", "tsconfig.build.json"].map((file) => path.join(shared, file)),
    ],
    backend: [
      path.join(backend, "src"),
      sharedSource,
      path.join(backend, "medusa-config.ts"),
      path.join(backend, "package.json"),
      lockfile,
    ],
    storefront: ["src", "messages", "public", "next.config.ts", "package.json", "tsconfig.json"]
      .map((p) => path.join(storefront, p))
      .concat(sharedSource, lockfile),
  }
}

const inputs = buildInputs(rootDir)

async function buildIfStale({ name, inputs, stampFile, bakedEnv = [], build, log }) {
  const inputsHash = `${hashInputs(inputs)}:${bakedEnv.map((key) => `${key}=${process.env[key] ?? ""}`).join(",")}`
  if (isBuildCurrent(stampFile, inputsHash)) {
    log(`${name} build is current`)
    return false
  }
  log(`building ${name}…`)
  await build()
  writeBuildStamp(stampFile, inputsHash)
  log(`${name} built`)
  return true
}

/**
 * The shared rules' CommonJS build (backend/shared/dist), which the Medusa server loads in dev and
 * production alike. npm builds it on install; this rebuilds it after an edit.
 */
export function buildShared({ logDir, log }) {
  return buildIfStale({
    name: "shared rules",
    inputs: inputs.shared,
    stampFile: path.join(sharedDir, "dist", ".ocop-build-hash"),
    build: () =>
      runStep(tscBin, ["-p", "tsconfig.build.json"], {
        cwd: sharedDir,
        env: process.env,
        logFile: path.join(logDir, "shared-build.log"),
      }),
    log,
  })
}

/** `medusa build` into backend/.medusa/server, unless its stamp says the sources are unchanged. */
export function buildBackend({ logDir, log }) {
  return buildIfStale({
    name: "backend",
    inputs: inputs.backend,
    stampFile: path.join(backendServerDir, ".ocop-build-hash"),
    bakedEnv: ["ADMIN_BACKEND_URL"],
    build: () =>
      runStep(medusaBin, ["build"], {
        cwd: backendDir,
        env: { ...process.env, NODE_ENV: "production" },
        logFile: path.join(logDir, "backend-build.log"),
      }),
    log,
  })
}

/** `next build` of the storefront, unless its stamp says the sources are unchanged. */
export function buildStorefront({ env, logDir, log }) {
  return buildIfStale({
    name: "storefront",
    inputs: inputs.storefront,
    stampFile: path.join(storefrontDir, ".next", ".ocop-build-hash"),
    build: () =>
      runStep(nextBin, ["build"], {
        cwd: storefrontDir,
        env: { ...env, NODE_ENV: "production" },
        logFile: path.join(logDir, "storefront-build.log"),
      }),
    log,
  })
}

export { medusaBin, nextBin }
