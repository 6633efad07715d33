import { ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"

// @ts-expect-error plain ESM module of the root scripts, shared with the search benchmark
import { MEILISEARCH_BINARY, meilisearchArgs } from "../../../scripts/lib/meilisearch-command.mjs"

export type MeilisearchServer = {
  host: string
  apiKey: string
  stop: () => Promise<void>
  halt: () => Promise<void>
  resume: () => Promise<void>
  /** SIGSTOP: it keeps its port and accepts connections but answers nothing, like a hung server. */
  freeze: () => void
  thaw: () => void
  /** Resolves once no task is waiting or being processed. */
  settled: () => Promise<void>
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitForHealth(host: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Meilisearch exited early with code ${child.exitCode}`)
    }
    try {
      const res = await fetch(`${host}/health`)
      if (res.ok) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Meilisearch at ${host} did not become healthy in ${timeoutMs}ms`)
}

function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill("SIGTERM")
  })
}

/**
 * Starts a throwaway Meilisearch on 127.0.0.1 with a random master key and a temp
 * data dir. Production env so the key is actually enforced, as in a real deployment.
 * `halt` and `resume` take it down and bring it back with its data, to test an outage;
 * `freeze` and `thaw` make it hang and come back.
 */
export async function startMeilisearch(): Promise<MeilisearchServer> {
  chmodSync(MEILISEARCH_BINARY, 0o755)
  const port = await freePort()
  const apiKey = randomBytes(24).toString("hex")
  const dir = mkdtempSync(path.join(tmpdir(), "meili-"))
  const host = `http://127.0.0.1:${port}`
  let child: ChildProcess

  const launch = async () => {
    child = spawn(MEILISEARCH_BINARY, meilisearchArgs({ port, apiKey, dir }), { stdio: ["ignore", "ignore", "pipe"] })
    let stderr = ""
    child.stderr?.on("data", (chunk) => (stderr += String(chunk)))
    try {
      await waitForHealth(host, child, 20_000)
    } catch (e) {
      await stopProcess(child)
      throw new Error(`${(e as Error).message}\n${stderr}`)
    }
  }

  const stop = async () => {
    await stopProcess(child)
    rmSync(dir, { recursive: true, force: true })
  }

  try {
    await launch()
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    throw e
  }
  const settled = async () => {
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const res = await fetch(`${host}/tasks?statuses=enqueued,processing&limit=1`, {
        headers: { authorization: `Bearer ${apiKey}` },
      })
      if (((await res.json()) as { total: number }).total === 0) return
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`Meilisearch at ${host} still had tasks queued after 60 s`)
  }
  // A second server on the same port would answer the health check through the first one and
  // then leave it running, unowned: resume only what is halted.
  const running = () => child.exitCode === null && child.signalCode === null
  const resume = async () => (running() ? undefined : launch())
  const thaw = () => void (running() && child.kill("SIGCONT"))
  const stopThawed = async () => {
    thaw()
    await stop()
  }
  return {
    host,
    apiKey,
    stop: stopThawed,
    halt: async () => (thaw(), stopProcess(child)),
    resume,
    settled,
    freeze: () => child.kill("SIGSTOP"),
    thaw,
  }
}
