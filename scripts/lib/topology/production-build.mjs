import path from "node:path"
import { hashInputs, isBuildCurrent, writeBuildStamp } from "../build-stamp.mjs"
import { backendDir, backendServerDir, rootDir, storefrontDir } from "../paths.mjs"
import { runStep } from "../processes.mjs"

// The same inputs and stamp files as `npm start` (scripts/start.mjs), so either one reuses the other's build.
const lockfile = path.join(rootDir, "package-lock.json")
const medusaBin = path.join(rootDir, "node_modules", ".bin", "medusa")
const nextBin = path.join(rootDir, "node_modules", ".bin", "next")

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

/** `medusa build` into backend/.medusa/server, unless its stamp says the sources are unchanged. */
export function buildBackend({ logDir, log }) {
  return buildIfStale({
    name: "backend",
    inputs: [path.join(backendDir, "src"), path.join(backendDir, "medusa-config.ts"), path.join(backendDir, "package.json"), lockfile],
    stampFile: path.join(backendServerDir, ".ocop-build-hash"),
    bakedEnv: ["ADMIN_BACKEND_URL"],
    build: () =>
      runStep(medusaBin, ["build"], { cwd: backendDir, env: { ...process.env, NODE_ENV: "production" }, logFile: path.join(logDir, "backend-build.log") }),
    log,
  })
}

/** `next build` of the storefront, unless its stamp says the sources are unchanged. */
export function buildStorefront({ env, logDir, log }) {
  return buildIfStale({
    name: "storefront",
    inputs: ["src", "messages", "public", "next.config.ts", "package.json", "tsconfig.json"].map((p) => path.join(storefrontDir, p)).concat(lockfile),
    stampFile: path.join(storefrontDir, ".next", ".ocop-build-hash"),
    build: () => runStep(nextBin, ["build"], { cwd: storefrontDir, env: { ...env, NODE_ENV: "production" }, logFile: path.join(logDir, "storefront-build.log") }),
    log,
  })
}

export { medusaBin, nextBin }
