import { MiddlewareRoute } from "@medusajs/framework/http"

// Validators and gates of the portal's /producer/certificate-requests routes (auth and scope come from ../middlewares.ts).
export const producerCertificateRequestsMiddlewares: MiddlewareRoute[] = []
