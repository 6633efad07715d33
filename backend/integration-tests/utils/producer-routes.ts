import fs from "node:fs"
import path from "node:path"

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
const API_DIR = path.join(__dirname, "..", "..", "src", "api")

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

/**
 * Every route Medusa registers under /producer, as "METHOD /producer/…/:param": the file-based
 * routes it loads (`api/producer/**\/route.ts`) and the HTTP methods each exports.
 */
export function registeredProducerRoutes(): string[] {
  return routeFiles(path.join(API_DIR, "producer")).flatMap((file) => {
    const url = "/" + path.relative(API_DIR, path.dirname(file)).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const handlers = require(file) as Record<string, unknown>
    return METHODS.filter((method) => typeof handlers[method] === "function").map((method) => `${method} ${url}`)
  })
}
