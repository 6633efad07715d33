import Medusa from "@medusajs/js-sdk"
import { readFile } from "node:fs/promises"
import path from "node:path"

// Read through a variable name so Next never inlines a value at build time.
function readEnv(name: string): string | undefined {
  const value = process.env[name]?.trim()
  return value ? value : undefined
}

export function storefrontUrl(): URL {
  return new URL(readEnv("NEXT_PUBLIC_BASE_URL") ?? "http://localhost:8000")
}

export const backendUrl = () => (readEnv("MEDUSA_BACKEND_URL") ?? "http://localhost:9000").replace(/\/+$/, "")

let sdk: Medusa | undefined

/** The one Medusa client, made on the first request so MEDUSA_BACKEND_URL is read at run time. */
export function getSdk(): Medusa {
  sdk ??= new Medusa({ baseUrl: backendUrl() })
  return sdk
}

let publishableKey: string | undefined

// The backend writes the key file on its first start, which may come after the storefront's,
// so a missing file is retried on the next request and only a key that was found is kept.
async function getPublishableKey(): Promise<string> {
  if (publishableKey) return publishableKey

  const fromEnv = readEnv("MEDUSA_PUBLISHABLE_KEY")
  if (fromEnv) return (publishableKey = fromEnv)

  const file = readEnv("MEDUSA_PUBLISHABLE_KEY_FILE") ?? path.resolve(process.cwd(), "..", ".data", "publishable-key")
  // Without the hint Turbopack cannot scope this path and traces the whole repository.
  const fromFile = (await readFile(/*turbopackIgnore: true*/ file, "utf8")).trim()
  if (!fromFile) throw new Error(`The publishable API key file ${file} is empty`)
  return (publishableKey = fromFile)
}

export async function storeHeaders(): Promise<Record<string, string>> {
  return { "x-publishable-api-key": await getPublishableKey() }
}
