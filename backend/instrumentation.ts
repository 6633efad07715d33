import medusaLoaders from "@medusajs/medusa/loaders/index"
import { securityHeaders } from "./src/api/security-headers"

type Loaders = { default: typeof medusaLoaders }

/**
 * `medusa start` calls this before it builds the HTTP app. Medusa mounts the admin (/app), /static
 * and its own auth and publishable-key checks before any middleware of src/api/middlewares.ts, so
 * the security headers go in front of everything by wrapping the loader that receives the app.
 */
export function register() {
  // The module object itself is patched, and an import binding is read-only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaders = require("@medusajs/medusa/loaders/index") as Loaders
  const load = loaders.default
  loaders.default = (options) => {
    options.expressApp.use(securityHeaders)
    return load(options)
  }
}
