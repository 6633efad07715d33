import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { acceptUpload } from "../accept-upload"
import { requireApprovedProducer } from "../producer-scope"
import { CreateCertificateRequest } from "./validators"

const MB = 1024 * 1024

// Validators and gates of the portal's /producer/certificate-requests routes (auth and scope come from ../middlewares.ts).
export const producerCertificateRequestsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/products/:id/certificate-requests",
    methods: ["POST"],
    // The gate runs before the upload, so a producer that may not sell sends no file into memory.
    middlewares: [
      requireApprovedProducer,
      acceptUpload("file", 10 * MB),
      validateAndTransformBody(CreateCertificateRequest),
    ],
  },
]
