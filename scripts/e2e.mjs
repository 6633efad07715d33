#!/usr/bin/env node
// `npm run e2e`: starts the stack with the same script as `npm start` (own data folder and ports,
// so a running `npm start` is left alone), runs Playwright in Chromium against it, stops the stack
// with SIGINT and checks that nothing it started is left running.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { rootDir } from "./lib/paths.mjs"
import { isListening } from "./lib/processes.mjs"

const dataDir = process.env.E2E_DATA_DIR ?? path.join(rootDir, ".data", "e2e")
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 9100)
const storefrontPort = Number(process.env.E2E_STOREFRONT_PORT ?? 8100)
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const readyLine = "Chợ OCOP is running"

if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`)
  process.exit(1)
}

// A fresh database each run: the suite's expectations rest on the seeded catalogue.
fs.rmSync(dataDir, { recursive: true, force: true })

const stackEnv = {
  ...process.env,
  OCOP_DATA_DIR: dataDir,
  BACKEND_PORT: String(backendPort),
  STOREFRONT_PORT: String(storefrontPort),
  MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
  STOREFRONT_URL: `http://localhost:${storefrontPort}`,
  ADMIN_CORS: `http://localhost:${backendPort}`,
  AUTH_CORS: `http://localhost:${backendPort},http://localhost:${storefrontPort}`,
}
delete stackEnv.DATABASE_URL

function startStack() {
  return new Promise((resolve, reject) => {
    const stack = spawn(process.execPath, [path.join(rootDir, "scripts", "start.mjs")], {
      env: stackEnv,
      stdio: ["ignore", "pipe", "inherit"],
    })
    let output = ""
    const timer = setTimeout(() => reject(new Error("the stack did not become ready within 10 minutes")), 600_000)
    stack.stdout.on("data", (chunk) => {
      process.stdout.write(chunk)
      output += chunk
      if (output.includes(readyLine)) {
        clearTimeout(timer)
        resolve(stack)
      }
    })
    stack.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`the stack exited before it was ready (${code})`))
    })
  })
}

function stopStack(stack) {
  return new Promise((resolve) => {
    if (stack.exitCode !== null) return resolve(stack.exitCode)
    stack.on("exit", (code) => resolve(code))
    stack.kill("SIGINT")
  })
}

/** Processes still running from the stack's folders after Ctrl-C: there must be none. */
async function leftovers() {
  const postgresPort = Number(fs.readFileSync(path.join(dataDir, "postgres.port"), "utf8"))
  const busy = []
  for (const port of [backendPort, storefrontPort, postgresPort]) {
    if (await isListening(port)) busy.push(port)
  }
  const ps = spawnSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).stdout
  const processes = ps.split("\n").filter((line) => line.includes(dataDir) && !line.includes("e2e.mjs"))
  return { busy, processes }
}

let exitCode = 1
const stack = await startStack()
try {
  const playwright = spawnSync(
    path.join(rootDir, "node_modules", ".bin", "playwright"),
    ["test", ...process.argv.slice(2)],
    {
      cwd: path.join(rootDir, "e2e"),
      stdio: "inherit",
      env: {
        ...process.env,
        CHROMIUM_PATH: chromium,
        E2E_STOREFRONT_URL: `http://localhost:${storefrontPort}`,
        E2E_BACKEND_URL: `http://localhost:${backendPort}`,
        E2E_PUBLISHABLE_KEY_FILE: path.join(dataDir, "publishable-key"),
        // Where the stack's e-mails land (`npm start` writes them to <data>/outbox): tests follow their links.
        E2E_OUTBOX_DIR: process.env.NOTIFICATION_OUTBOX_DIR ?? path.join(dataDir, "outbox"),
      },
    }
  )
  exitCode = playwright.status ?? 1
} finally {
  const stackExit = await stopStack(stack)
  const { busy, processes } = await leftovers()
  // 130 = 128 + SIGINT: the conventional exit status after Ctrl-C.
  if (![0, 130].includes(stackExit) || busy.length || processes.length) {
    console.error(`Ctrl-C check failed: exit ${stackExit}, ports still open ${busy.join(", ") || "none"}`)
    if (processes.length) console.error(processes.join("\n"))
    exitCode = 1
  } else {
    console.log("Ctrl-C check: the stack stopped cleanly; no process and no port left behind")
  }
}
process.exit(exitCode)
