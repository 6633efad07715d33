import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { invalidBody } from "../../check-body"

/**
 * Parses the body (or query) with `schema` into `req.validatedBody` (`req.validatedQuery`). Unlike
 * Medusa's validators, every refusal is a 400 whose message starts with the field's path
 * (`variants.0.price must be …`), also for zod's own checks.
 */
function validate(schema: z.ZodTypeAny, from: "body" | "query") {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(from === "body" ? req.body ?? {} : req.query ?? {})
    if (!parsed.success) return next(invalidBody(parsed.error))
    if (from === "body") req.validatedBody = parsed.data
    else req.validatedQuery = parsed.data as MedusaRequest["validatedQuery"]
    next()
  }
}

export const validateBody = (schema: z.ZodTypeAny) => validate(schema, "body")
export const validateQuery = (schema: z.ZodTypeAny) => validate(schema, "query")
