import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { MEILISEARCH_BINARY, meilisearchArgs } from "../meilisearch-command.mjs"
import { backendServerDir, seedDir, storefrontDir } from "../paths.mjs"
import { startService, stopService, tail, waitForHttp } from "../processes.mjs"
import { medusaBin, nextBin } from "./production-build.mjs"

async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s`)
}

/**
 * A throwaway redis-server on its own port and folder, append-only like the compose file's, so
 * that a restart (SHUTDOWN, then start again on the same folder) keeps the queued events and jobs.
 */
export function redisServer({ port, dir, logDir }) {
  fs.mkdirSync(dir, { recursive: true })
  const url = `redis://127.0.0.1:${port}`
  const redis = {
    url,
    service: undefined,
    async start() {
      redis.service = startService(
        "redis",
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", ""],
        {
          cwd: dir,
          env: process.env,
          logFile: path.join(logDir, "redis.log"),
        }
      )
      await waitUntil(async () => redis.cli("PING") === "PONG", 20_000, "Redis did not answer PING")
    },
    /** SHUTDOWN writes the append-only file and exits, as `docker compose restart redis` would. */
    async shutdown() {
      redis.cli("SHUTDOWN")
      await waitUntil(async () => redis.service.exited, 20_000, "Redis did not stop")
    },
    cli(...args) {
      return spawnSync("redis-cli", ["-p", String(port), ...args], { encoding: "utf8" }).stdout.trim()
    },
  }
  return redis
}

/** The real Meilisearch binary on its own port and folder (kept across a restart), master key enforced. */
export function meilisearchServer({ port, dir, logDir }) {
  fs.chmodSync(MEILISEARCH_BINARY, 0o755)
  fs.mkdirSync(dir, { recursive: true })
  const apiKey = crypto.randomBytes(24).toString("hex")
  const host = `http://127.0.0.1:${port}`
  const meili = {
    host,
    apiKey,
    service: undefined,
    async start() {
      meili.service = startService("meilisearch", MEILISEARCH_BINARY, meilisearchArgs({ port, apiKey, dir }), {
        cwd: dir,
        env: process.env,
        logFile: path.join(logDir, "meilisearch.log"),
      })
      if (!(await waitForHttp(`${host}/health`, { timeoutMs: 30_000, isDead: () => meili.service.exited }))) {
        throw new Error(`Meilisearch did not start; see ${path.join(logDir, "meilisearch.log")}`)
      }
    },
    /** SIGSTOP: the process keeps its port but answers nothing, like a hung container. */
    pause: () => process.kill(meili.service.child.pid, "SIGSTOP"),
    resume: () => process.kill(meili.service.child.pid, "SIGCONT"),
    async request(method, url, body) {
      const response = await fetch(`${host}${url}`, {
        method,
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: await response.json().catch(() => undefined) }
    },
  }
  return meili
}

/**
 * The environment the compose file gives the backend and worker, pointed at the native services.
 * `MEDUSA_BACKEND_URL` is the proxy: links and file URLs name the one public address.
 */
export function backendEnvironment({ databaseUrl, redisUrl, meili, publicUrl, storefrontUrl, dataDir }) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    MEILISEARCH_HOST: meili.host,
    MEILISEARCH_API_KEY: meili.apiKey,
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECURE: "false",
    MEDUSA_BACKEND_URL: publicUrl,
    STORE_CORS: storefrontUrl,
    STOREFRONT_URL: storefrontUrl,
    ADMIN_CORS: publicUrl,
    AUTH_CORS: `${storefrontUrl},${publicUrl}`,
    SEED_DIR: seedDir,
    FILE_UPLOAD_DIR: path.join(dataDir, "uploads"),
    PUBLISHABLE_KEY_FILE: path.join(dataDir, "publishable-key"),
    NOTIFICATION_OUTBOX_DIR: path.join(dataDir, "outbox"),
    VIETQR_BANK_BIN: "970436",
    VIETQR_ACCOUNT_NUMBER: "0071000123456",
    VIETQR_ACCOUNT_NAME: "CHO OCOP DEMO",
  }
  delete env.MEDUSA_WORKER_MODE
  return env
}

/**
 * One `medusa start` of the production build: a server (`MEDUSA_WORKER_MODE=server`, HTTP only)
 * or the worker (`worker`: subscribers, jobs and workflow steps, HTTP only for /health).
 */
export function medusaProcess({ name, mode, port, env, logDir }) {
  const proc = {
    name,
    mode,
    port,
    url: `http://127.0.0.1:${port}`,
    service: undefined,
    starts: 0,
    async start() {
      proc.starts++
      proc.service = startService(name, medusaBin, ["start"], {
        cwd: backendServerDir,
        env: {
          ...env,
          PORT: String(port),
          MEDUSA_WORKER_MODE: mode,
          ...(mode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}),
        },
        logFile: path.join(logDir, `${name}.log`),
      })
      if (!(await waitForHttp(`${proc.url}/health`, { timeoutMs: 180_000, isDead: () => proc.service.exited }))) {
        throw new Error(`${name} did not come up; last lines of its log:\n${tail(path.join(logDir, `${name}.log`))}`)
      }
    },
    /** kill -9 of the whole process group: no shutdown hook runs, in-flight work is cut off. */
    async kill9() {
      process.kill(-proc.service.child.pid, "SIGKILL")
      await waitUntil(async () => proc.service.exited, 10_000, `${name} did not die`)
    },
    stop: () => stopService(proc.service),
  }
  return proc
}

export function storefrontProcess({ port, backendUrl, dataDir, logDir }) {
  const storefront = {
    url: `http://127.0.0.1:${port}`,
    async start() {
      storefront.service = startService("storefront", nextBin, ["start", "--port", String(port)], {
        cwd: storefrontDir,
        env: {
          ...process.env,
          NODE_ENV: "production",
          PORT: String(port),
          MEDUSA_BACKEND_URL: backendUrl,
          MEDUSA_PUBLISHABLE_KEY_FILE: path.join(dataDir, "publishable-key"),
          NEXT_PUBLIC_BASE_URL: `http://localhost:${port}`,
          NEXT_TELEMETRY_DISABLED: "1",
        },
        logFile: path.join(logDir, "storefront.log"),
      })
      if (
        !(await waitForHttp(`${storefront.url}/vi`, { timeoutMs: 120_000, isDead: () => storefront.service.exited }))
      ) {
        throw new Error(
          `the storefront did not come up; last lines of its log:\n${tail(path.join(logDir, "storefront.log"))}`
        )
      }
    },
  }
  return storefront
}
