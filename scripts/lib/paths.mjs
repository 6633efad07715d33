import path from "node:path"
import { fileURLToPath } from "node:url"

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const dataDir = process.env.OCOP_DATA_DIR ?? path.join(rootDir, ".data")
export const backendDir = path.join(rootDir, "backend")
export const backendServerDir = path.join(backendDir, ".medusa", "server")
export const sharedDir = path.join(backendDir, "shared")
export const storefrontDir = path.join(rootDir, "storefront")
export const seedDir = path.join(rootDir, "seed")
