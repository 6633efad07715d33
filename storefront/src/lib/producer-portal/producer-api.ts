import { FetchError } from "@medusajs/js-sdk"
import { readAuthToken } from "../auth/auth-cookie"
import { refusalOf, refusedField } from "../backend-error"
import type { PortalErrorCode, PortalFieldError, PortalFormState } from "./form-state"

type Method = "GET" | "POST" | "DELETE"

/** No session: the portal's layout sends the visitor to the sign-in page. */
export class SignedOutError extends Error {}

/** A `/producer/*` call as the signed-in member (or with `token`, while signing up). */
export async function producerFetch<T>(
  path: string,
  {
    method = "GET",
    body,
    query,
    token,
  }: { method?: Method; body?: unknown; query?: Record<string, unknown>; token?: string } = {}
): Promise<T> {
  const bearer = token ?? (await readAuthToken("producer"))
  if (!bearer) throw new SignedOutError()
  const url = new URL(`${backendUrl()}${path}`)
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const one of [value].flat()) if (one !== undefined && one !== null) url.searchParams.append(name, String(one))
  }
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json", accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  })
  // A refusal keeps the backend's code and field (BackendError), which forms read instead of its words.
  if (!response.ok) throw await refusalOf(response)
  return (await response.json()) as T
}

// Read through a variable name so Next never inlines a value at build time (as ../config.ts does).
function backendUrl() {
  const name = "MEDUSA_BACKEND_URL"
  return (process.env[name]?.trim() || "http://localhost:9000").replace(/\/+$/, "")
}

/**
 * A multipart upload (`file`, and `fields`) to the backend. The SDK encodes bodies as JSON, so this
 * posts the FormData with fetch itself; failures throw a FetchError as the SDK's calls do (with the code).
 */
export async function producerUpload<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const token = await readAuthToken("producer")
  if (!token) throw new SignedOutError()
  const form = new FormData()
  form.append("file", file, file.name)
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const response = await fetch(`${backendUrl()}${path}`, {
    method: "POST",
    body: form,
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    cache: "no-store",
  })
  if (!response.ok) throw await refusalOf(response)
  return response.json() as Promise<T>
}

/**
 * A file from a `/producer/*` route, answered as it came (status, bytes, type and disposition), so a
 * browser link can download it without seeing the member's token; signed out, 401.
 */
export async function producerDownload(path: string): Promise<Response> {
  const token = await readAuthToken("producer")
  if (!token) return new Response(null, { status: 401 })
  const answer = await fetch(`${backendUrl()}${path}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  if (!answer.ok) return new Response(null, { status: answer.status, headers })
  for (const name of ["content-type", "content-disposition", "content-length"]) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(answer.body, { status: 200, headers })
}

export const isStatus = (error: unknown, ...statuses: number[]): error is FetchError =>
  error instanceof FetchError && statuses.includes(error.status ?? 0)

/**
 * A refused call as a form's state. A 400 names its field apart from its words (`field`), so that
 * field is marked; the backend's own sentence is shown under the translated one.
 */
export function refusedForm(
  error: unknown,
  values: Record<string, string>,
  fieldOf: (name: string) => string | undefined = (name) => name
): PortalFormState {
  if (isStatus(error, 400)) {
    const field = fieldOf(refusedField(error)?.split(".")[0] ?? "")
    const errors: Record<string, PortalFieldError> = field && field in values ? { [field]: "rejected" } : {}
    return { values, errors, error: "rejected", detail: error.message }
  }
  // 409: someone else changed the record meanwhile (another member took an order's step).
  const code: PortalErrorCode = isStatus(error, 403)
    ? "forbidden"
    : isStatus(error, 404)
      ? "rejected"
      : isStatus(error, 409)
        ? "conflict"
        : "generic"
  if (code === "generic") console.error("Producer portal call failed", error)
  return { values, errors: {}, error: code, detail: error instanceof FetchError ? error.message : undefined }
}
