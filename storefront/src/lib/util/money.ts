const formatters = new Map<string, Intl.NumberFormat>()

/**
 * A price as shoppers in Vietnam read it, in every UI language: `1.250.000 ₫`
 * (U+00A0 before the symbol). Amounts are major units; VND has no decimals.
 */
export function formatPrice(amount: number, currencyCode: string = "vnd"): string {
  const currency = currencyCode.toUpperCase()
  let formatter = formatters.get(currency)
  if (!formatter) {
    formatter = new Intl.NumberFormat("vi-VN", { style: "currency", currency })
    formatters.set(currency, formatter)
  }
  return formatter.format(amount)
}
