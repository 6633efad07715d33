/** The two quote e-mails: the producer learns of a new request, the buyer of the producer's answer. */

type QuoteLineText = { title: string; quantity: number; unit_price: number | null }

const money = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)

const storefront = () => process.env.STOREFRONT_URL || "http://localhost:8000"

/** To the producer: a company asks for prices on these lines. */
export function quoteRequestedEmail(quote: {
  id: string
  company_name: string
  note: string | null
  lines: QuoteLineText[]
}) {
  const url = `${storefront()}/vi/producer/quotes/${quote.id}`
  const lines = quote.lines.map((line) => `- ${line.title} × ${line.quantity}`)
  return {
    subject: `Yêu cầu báo giá mới từ ${quote.company_name}`,
    text: [
      `${quote.company_name} xin báo giá:`,
      ...lines,
      ...(quote.note ? ["", `Ghi chú: ${quote.note}`] : []),
      "",
      `Trả lời báo giá: ${url}`,
    ].join("\n"),
    url,
  }
}

/** To the buyer who asked: the producer's prices and until when they hold. */
export function quoteAnsweredEmail(quote: {
  id: string
  producer_name: string
  valid_until: string
  lines: QuoteLineText[]
}) {
  const url = `${storefront()}/vi/account/quotes/${quote.id}`
  const lines = quote.lines.map(
    (line) => `- ${line.title} × ${line.quantity}: ${money(Number(line.unit_price))} / đơn vị`
  )
  return {
    subject: `${quote.producer_name} đã báo giá`,
    text: [
      `${quote.producer_name} đã báo giá cho yêu cầu của bạn:`,
      ...lines,
      "",
      `Giá có hiệu lực đến hết ngày ${quote.valid_until} (giờ Việt Nam).`,
      `Xem và chấp nhận: ${url}`,
    ].join("\n"),
    url,
  }
}
