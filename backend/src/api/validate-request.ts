import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { invalidFieldCode } from "../lib/error-codes"

/*
 * What Medusa's `validateAndTransformBody/Query` cannot do, and nothing else: a 400 whose message
 * starts with the field's path (`variants.0.price must be …`), path parameters, and our own message
 * first on a core route, ahead of the core route's own validator. Everywhere else, routes use Medusa's.
 */

type Handler<Request extends MedusaRequest> = (req: Request, res: MedusaResponse, next: MedusaNextFunction) => unknown
export type Middleware = Handler<MedusaRequest>

/** The first problem of a body, query or path as a 400 whose message starts with the field's path. */
export function invalidField(error: z.ZodError) {
  const unknown = error.issues.find((issue) => issue.code === "unrecognized_keys")
  if (unknown?.code === "unrecognized_keys") {
    const fields = unknown.keys.map((key) => [...unknown.path, key].join("."))
    const message = `${fields.join(", ")}: set by the store, not accepted from the client`
    return new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  const issue = error.issues[0]
  const field = issue.path.join(".")
  // Our messages start with the field's name; zod's own ones get it prefixed.
  const own = String(issue.path.at(-1))
  const message = !field
    ? issue.message
    : issue.message.startsWith(own)
      ? `${field}${issue.message.slice(own.length)}`
      : `${field}: ${issue.message}`
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, field ? invalidFieldCode(field) : undefined)
}

function validate(schema: z.ZodTypeAny, part: "body" | "query" | "params"): Middleware {
  return (req, _res, next) => {
    const parsed = schema.safeParse(req[part] ?? {})
    if (!parsed.success) return next(invalidField(parsed.error))
    if (part === "body") req.validatedBody = parsed.data
    if (part === "query") req.validatedQuery = parsed.data as MedusaRequest["validatedQuery"]
    next()
  }
}

/**
 * Parses the body into `req.validatedBody`. Ahead of a core route (inside `onPost`) it is the first
 * check; the core route's own validator then parses the body again and replaces `req.validatedBody`.
 */
export const validateBody = (schema: z.ZodTypeAny) => validate(schema, "body")

/** Parses the query string into `req.validatedQuery`, as `validateBody` does the body. */
export const validateQuery = (schema: z.ZodTypeAny) => validate(schema, "query")

/** Checks the path parameters, which Medusa does not validate; the route reads `req.params` as usual. */
export const validateParams = (schema: z.ZodTypeAny) => validate(schema, "params")

/** Runs the middlewares in turn; the first error ends the chain and goes to `next`. */
export function inTurn<Request extends MedusaRequest>(middlewares: Handler<Request>[]): Handler<Request> {
  return (req, res, next) => {
    const run = (i: number): unknown =>
      i === middlewares.length
        ? next()
        : middlewares[i](req, res, (error?: unknown) => (error ? next(error) : run(i + 1)))
    return run(0)
  }
}

/**
 * Runs the middlewares on a request with this method to the matcher's own path. A route without
 * `methods` is a global middleware, which Medusa runs before a core route's own validators; it is
 * mounted with `app.use`, so it also matches every path below (`/line-items` would catch `/line-items/:line_id`).
 */
function onMethod(method: string, middlewares: Middleware[]): Middleware {
  const chain = inTurn(middlewares)
  const ownPath = (req: MedusaRequest) => req.path === "/" || req.path === ""
  return (req, res, next) => (req.method === method && ownPath(req) ? chain(req, res, next) : next())
}

export const onPost = (...middlewares: Middleware[]) => onMethod("POST", middlewares)
export const onGet = (...middlewares: Middleware[]) => onMethod("GET", middlewares)
