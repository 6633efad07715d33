import { MiddlewareRoute } from "@medusajs/framework/http"
import { acceptUpload } from "../accept-upload"
import { requireApprovedProducer, requireOwner } from "../producer-scope"
import { MAX_IMAGE_BYTES } from "../../../lib/uploads/product-image"
import { SetVariantStock } from "./[id]/variants/[variant_id]/stock/validators"
import { AddListingVariant, UpdateListingVariant } from "./[id]/variants/validators"
import { validateBody, validateQuery } from "../../validate-request"
import { CreateListing, ListProducerProducts, UpdateListing } from "./validators"
import { SetProductWholesale } from "./[id]/wholesale/validators"

// Validators and gates of the portal's /producer/products routes (auth and scope come from ../middlewares.ts).
// Writes need an approved producer; the gate runs before an upload so a refused one sends no file into memory.
export const producerProductsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/products", methods: ["GET"], middlewares: [validateQuery(ListProducerProducts)] },
  {
    matcher: "/producer/products",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(CreateListing)],
  },
  {
    matcher: "/producer/products/:id",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(UpdateListing)],
  },
  { matcher: "/producer/products/:id/archive", methods: ["POST"], middlewares: [requireApprovedProducer] },
  {
    matcher: "/producer/products/:id/variants",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(AddListingVariant)],
  },
  {
    matcher: "/producer/products/:id/variants/:variant_id",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(UpdateListingVariant)],
  },
  {
    matcher: "/producer/products/:id/variants/:variant_id/stock",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(SetVariantStock)],
  },
  {
    matcher: "/producer/products/:id/images",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, acceptUpload("file", MAX_IMAGE_BYTES)],
  },
  { matcher: "/producer/products/:id/images/:image_id", methods: ["DELETE"], middlewares: [requireApprovedProducer] },
  {
    matcher: "/producer/products/:id/wholesale",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(SetProductWholesale)],
  },
  // The logo is the owner's, and a pending producer may already give its application one.
  {
    matcher: "/producer/me/logo",
    methods: ["POST"],
    middlewares: [requireOwner, acceptUpload("file", MAX_IMAGE_BYTES)],
  },
]
