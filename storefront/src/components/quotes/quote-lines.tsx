import { useTranslations } from "next-intl"
import type { Quote } from "@/lib/quotes/types"
import { formatPrice } from "@/lib/util/money"

/** The lines asked for, with the quoted unit price and line total once answered, and the quote's total. */
export function QuoteLines({ quote }: { quote: Quote }) {
  const t = useTranslations("Quotes")
  return (
    <table>
      <caption>{t("linesCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("product")}</th>
          <th scope="col">{t("quantity")}</th>
          <th scope="col">{t("unitPrice")}</th>
          <th scope="col">{t("lineTotal")}</th>
        </tr>
      </thead>
      <tbody>
        {quote.lines.map((line) => (
          <tr key={line.id}>
            <td>{line.title}</td>
            <td>{line.quantity}</td>
            <td>{line.unit_price === null ? t("notPriced") : formatPrice(line.unit_price)}</td>
            <td>{line.unit_price === null ? "—" : formatPrice(line.unit_price * line.quantity)}</td>
          </tr>
        ))}
      </tbody>
      {quote.total !== null ? (
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t("total")}
            </th>
            <td>{formatPrice(quote.total)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  )
}
