import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Deeper than any body or query the store, the portal or the office sends. */
export const MAX_INPUT_DEPTH = 32

// A NUL byte PostgreSQL cannot store in text, or half of a UTF-16 pair that no encoding can write.
// eslint-disable-next-line no-control-regex -- NUL is one of the characters to refuse
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The first problem in a parsed body or query, walked without recursion so a 10,000-deep body cannot overflow the stack. */
function problemIn(root: unknown, rootName: string): string | undefined {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value: root, field: "", depth: 0 }]
  while (pending.length) {
    const { value, field, depth } = pending.pop()!
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return `${field || rootName}: contains a NUL byte or an unpaired surrogate`
      continue
    }
    if (!value || typeof value !== "object") continue
    if (depth >= MAX_INPUT_DEPTH)
      return `${rootName}: nested deeper than ${MAX_INPUT_DEPTH} levels (at ${field.slice(0, 60)})`
    for (const [key, child] of Object.entries(value)) {
      const childField = field ? `${field}.${key}` : key
      if (UNSTORABLE.test(key)) return `${childField}: the name contains a NUL byte or an unpaired surrogate`
      pending.push({ value: child, field: childField, depth: depth + 1 })
    }
  }
}

function pathProblem(path: string): string | undefined {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return `path: "${segment.slice(0, 40)}" is not a valid percent-encoded segment`
    }
    if (UNSTORABLE.test(decoded)) return "path: contains a NUL byte or an unpaired surrogate"
  }
}

// Medusa's list queries take any number for these, and PostgreSQL refuses a negative one with a 500.
function pagingProblem(query: Record<string, unknown>): string | undefined {
  for (const field of ["limit", "offset"]) {
    const value = query[field]
    if (value !== undefined && !(typeof value === "string" && /^\d{1,9}$/.test(value)))
      return `${field} must be a whole number`
  }
}

/**
 * Every request, before any route reads it: what no route can store or answer is refused with a 400
 * naming the field (NUL bytes and unpaired surrogates in path, query and body; malformed escapes in
 * the path; array bodies and bodies nested past MAX_INPUT_DEPTH; `limit`/`offset` that are not whole numbers).
 */
export function refuseBadInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.removeHeader("X-Powered-By")
  const problem =
    pathProblem(req.path) ??
    problemIn(req.query, "query") ??
    pagingProblem(req.query as Record<string, unknown>) ??
    (Array.isArray(req.body) ? "body must be a JSON object, not an array" : undefined) ??
    problemIn(req.body, "body")
  next(problem ? refuse(problem) : undefined)
}
