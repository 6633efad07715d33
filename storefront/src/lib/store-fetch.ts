import { refusalOf } from "./backend-error"
import { backendUrl } from "./config"

type StoreRequest = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: Record<string, string>
  headers?: Record<string, string>
}

/**
 * A store route whose refusals the storefront tells apart: as the SDK's `client.fetch`, but a
 * refusal throws a BackendError that keeps the backend's `code`.
 */
export async function storeFetch<T>(
  path: string,
  { method = "GET", body, query, headers }: StoreRequest = {}
): Promise<T> {
  const url = new URL(`${backendUrl()}${path}`)
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value)
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  })
  if (!response.ok) throw await refusalOf(response)
  return (await response.json()) as T
}
