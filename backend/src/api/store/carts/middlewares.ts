import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PLACE_MODULE } from "../../../modules/place"
import PlaceModuleService from "../../../modules/place/service"
import { checkLineAvailability } from "./line-availability"
import { StoreAddLineItem, StoreCartContact, StoreUpdateLineItem } from "./validators"

function invalid(error: z.ZodError) {
  const issue = error.issues[0]
  const field = issue.path.join(".")
  // Our messages start with the field's name; zod's own ones get it prefixed.
  const own = String(issue.path.at(-1))
  const message = !field ? issue.message : issue.message.startsWith(own) ? `${field}${issue.message.slice(own.length)}` : `${field}: ${issue.message}`
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Runs before Medusa's validator: checks what a marketplace must, leaves the body as it is. */
function checkBody(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) {
      const unknown = parsed.error.issues.find((issue) => issue.code === "unrecognized_keys") as { keys?: string[] } | undefined
      if (unknown?.keys?.length) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${unknown.keys.join(", ")}: set by the store, not accepted from the client`))
      }
      return next(invalid(parsed.error))
    }
    next()
  }
}

/** A commune must belong to the province it is sent with. */
async function checkPlaces(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const places: PlaceModuleService = req.scope.resolve(PLACE_MODULE)
    for (const key of ["shipping_address", "billing_address"] as const) {
      const codes = (req.body as Record<string, any>)?.[key]?.metadata ?? {}
      if (!codes.commune_code && !codes.province_code) continue
      if (!codes.commune_code || !codes.province_code) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${key}.metadata: province_code and commune_code go together`)
      }
      const commune = await places.retrieveCommuneByCode(codes.commune_code).catch(() => null)
      if (!commune) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${key}.metadata.commune_code: no commune ${codes.commune_code}`)
      }
      if (commune.province_code !== codes.province_code) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${key}.metadata.commune_code: ${commune.name} is not in province ${codes.province_code}`
        )
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

async function checkStock(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await checkLineAvailability(req.scope, {
      cart_id: req.params.id,
      line_id: req.params.line_id,
      variant_id: (req.body as { variant_id?: string }).variant_id,
      quantity: (req.body as { quantity: number }).quantity,
    })
    next()
  } catch (error) {
    next(error)
  }
}

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * Runs the checks in turn on a POST to the matcher's own path. Global middlewares are mounted with
 * `app.use`, which also matches every path below (`/line-items` would catch `/line-items/:line_id`).
 */
function onPost(...checks: Middleware[]): Middleware {
  return (req, res, next) => {
    if (req.method !== "POST" || (req.path !== "/" && req.path !== "")) return next()
    const run = (i: number): unknown => (i === checks.length ? next() : checks[i](req, res, (error?: unknown) => (error ? next(error) : run(i + 1))))
    return run(0)
  }
}

// Without `method` these are global middlewares, which Medusa runs before the core routes' own
// validators; so the buyer hears about the field first, in our words.
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", middlewares: [onPost(checkBody(StoreAddLineItem), checkStock)] },
  { matcher: "/store/carts/:id/line-items/:line_id", middlewares: [onPost(checkBody(StoreUpdateLineItem), checkStock)] },
  { matcher: "/store/carts/:id", middlewares: [onPost(checkBody(StoreCartContact), checkPlaces)] },
]
