import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import { MEILISEARCH_BINARY, meilisearchArgs } from "../meilisearch-command.mjs"
import { startService, waitForHttp } from "../processes.mjs"

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** A throwaway Meilisearch on 127.0.0.1 with a random master key and its data in `dir`. */
export async function startMeilisearch({ dir, logFile }) {
  fs.chmodSync(MEILISEARCH_BINARY, 0o755)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const port = await freePort()
  const apiKey = crypto.randomBytes(24).toString("hex")
  const host = `http://127.0.0.1:${port}`
  const service = startService("meilisearch", MEILISEARCH_BINARY, meilisearchArgs({ port, apiKey, dir }), {
    cwd: dir,
    env: process.env,
    logFile,
  })
  if (!(await waitForHttp(`${host}/health`, { timeoutMs: 30_000, isDead: () => service.exited }))) {
    throw new Error(`Meilisearch did not start; see ${logFile}`)
  }
  return { host, apiKey, service }
}
