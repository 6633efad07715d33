import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireApprovedProducer } from "../producer-scope"
import { validateBody, validateQuery } from "../../validate-request"
import { AddProducerQuoteMessage, AnswerProducerQuote, ListProducerQuotes } from "./validators"

// Validators and gates of the portal's /producer/quotes routes (auth and scope come from ../middlewares.ts;
// the workflows answer 404 for another producer's quote).
export const producerQuotesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/quotes", methods: ["GET"], middlewares: [validateQuery(ListProducerQuotes)] },
  {
    matcher: "/producer/quotes/:id/answer",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(AnswerProducerQuote)],
  },
  {
    matcher: "/producer/quotes/:id/messages",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(AddProducerQuoteMessage)],
  },
]
