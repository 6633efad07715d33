import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { invalidBody } from "../../check-body"

/**
 * Parses the body of an office decision (reject, suspend, record a certificate) into
 * `req.validatedBody`. Unlike Medusa's validator, a refusal's message starts with the field's name
 * (`reason is required…`, `level: …`), as the portal's contract promises the producer's screens.
 */
export function validateDecision(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) return next(invalidBody(parsed.error))
    req.validatedBody = parsed.data
    next()
  }
}
