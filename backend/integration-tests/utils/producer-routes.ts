import fs from "node:fs"
import path from "node:path"

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
const API_DIR = path.join(__dirname, "..", "..", "src", "api")
// Medusa's own routes, as its package ships them (dist/api/**/route.js).
const MEDUSA_API_DIR = path.join(path.dirname(require.resolve("@medusajs/medusa")), "api")

function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === "route.ts" || entry.name === "route.js" ? [full] : []
  })
}

/**
 * Every route a source of routes (ours or Medusa's) registers below `under` ("producer",
 * "store/carts/[id]"), as "METHOD /producer/…/:param": its route files and the HTTP methods each exports.
 */
export function registeredRoutes(under: string, apiDir = API_DIR): string[] {
  return routeFiles(path.join(apiDir, under)).flatMap((file) => {
    const url =
      "/" +
      path
        .relative(apiDir, path.dirname(file))
        .split(path.sep)
        .map((part) => part.replace(/^\[(.+)\]$/, ":$1"))
        .join("/")
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const handlers = require(file) as Record<string, unknown>
    return METHODS.filter((method) => typeof handlers[method] === "function").map((method) => `${method} ${url}`)
  })
}

/** Every route Medusa registers under /producer: the file-based routes it loads from `api/producer/**\/route.ts`. */
export function registeredProducerRoutes(): string[] {
  return registeredRoutes("producer")
}

/** Medusa's own store routes below `under`, as registered from its package. */
export function medusaRoutes(under: string): string[] {
  return registeredRoutes(under, MEDUSA_API_DIR)
}
