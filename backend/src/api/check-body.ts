import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { invalidFieldCode } from "../lib/error-codes"

export type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/** The first problem of a body as a 400 whose message starts with the field's path. */
export function invalidBody(error: z.ZodError) {
  const issue = error.issues[0]
  const field = issue.path.join(".")
  // Our messages start with the field's name; zod's own ones get it prefixed.
  const own = String(issue.path.at(-1))
  const message = !field ? issue.message : issue.message.startsWith(own) ? `${field}${issue.message.slice(own.length)}` : `${field}: ${issue.message}`
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, field ? invalidFieldCode(field) : undefined)
}

/** Runs before Medusa's validator: checks what a marketplace must, leaves the body as it is. */
export function checkBody(schema: z.ZodTypeAny): Middleware {
  return (req, _res, next) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) {
      const unknown = parsed.error.issues.find((issue) => issue.code === "unrecognized_keys") as { keys?: string[] } | undefined
      if (unknown?.keys?.length) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${unknown.keys.join(", ")}: set by the store, not accepted from the client`))
      }
      return next(invalidBody(parsed.error))
    }
    next()
  }
}

/** The same for a query string; Medusa's `validateAndTransformQuery` then parses it as usual. */
export function checkQuery(schema: z.ZodTypeAny): Middleware {
  return (req, _res, next) => {
    const parsed = schema.safeParse(req.query ?? {})
    next(parsed.success ? undefined : invalidBody(parsed.error))
  }
}

/**
 * Runs the checks in turn on a request with this method to the matcher's own path. Global middlewares
 * are mounted with `app.use`, which also matches every path below (`/line-items` would catch `/line-items/:line_id`).
 */
function onMethod(method: string, checks: Middleware[]): Middleware {
  return (req, res, next) => {
    if (req.method !== method || (req.path !== "/" && req.path !== "")) return next()
    const run = (i: number): unknown => (i === checks.length ? next() : checks[i](req, res, (error?: unknown) => (error ? next(error) : run(i + 1))))
    return run(0)
  }
}

export const onPost = (...checks: Middleware[]) => onMethod("POST", checks)
export const onGet = (...checks: Middleware[]) => onMethod("GET", checks)
