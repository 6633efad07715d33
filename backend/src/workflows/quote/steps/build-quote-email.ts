import { NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vietnamDate } from "@ocop/shared"
import { quoteAnsweredEmail, quoteRequestedEmail } from "../../../lib/emails/quote-emails"

type QuoteLineRow = { title: string; quantity: number; unit_price: number | null }

export const buildQuoteEmailStepId = "build-quote-email"

/**
 * The e-mail a quote's change sends: a new request to the producer's address, an answer to the
 * buyer who asked. No writes; none when the recipient has no address.
 */
export const buildQuoteEmailStep = createStep(
  buildQuoteEmailStepId,
  async (input: { quote_id: string; event: "requested" | "answered" }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [quote],
    } = await query.graph({
      entity: "quote",
      fields: ["id", "company_id", "customer_id", "producer_id", "note", "valid_until", "updated_at", "lines.*"],
      filters: { id: input.quote_id },
    })
    const {
      data: [producer],
    } = await query.graph({ entity: "producer", fields: ["name", "email"], filters: { id: quote.producer_id } })
    const lines = (quote.lines ?? []).flatMap((line: QuoteLineRow | null) => (line ? [line] : []))
    if (input.event === "requested") {
      const {
        data: [company],
      } = await query.graph({ entity: "company", fields: ["legal_name"], filters: { id: quote.company_id } })
      const email = quoteRequestedEmail({ id: quote.id, company_name: company.legal_name, note: quote.note, lines })
      return new StepResponse(
        producer?.email ? [notification(producer.email, "quote-requested", quote.id, email, quote.id)] : []
      )
    }
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: quote.customer_id } })
    const email = quoteAnsweredEmail({
      id: quote.id,
      producer_name: producer.name,
      valid_until: vietnamDate(new Date(quote.valid_until as unknown as string)),
      lines,
    })
    const answeredAt = new Date(quote.updated_at as unknown as string).toISOString()
    return new StepResponse(
      customer?.email
        ? [notification(customer.email, "quote-answered", quote.id, email, `${quote.id}:${answeredAt}`)]
        : []
    )
  }
)

const notification = (
  to: string,
  template: string,
  quoteId: string,
  email: { subject: string; text: string; url: string },
  key: string
) =>
  ({
    to,
    channel: "email",
    template,
    content: { subject: email.subject, text: email.text },
    data: { quote_id: quoteId, url: email.url },
    idempotency_key: `${template}:${key}`,
  }) as NotificationTypes.CreateNotificationDTO
