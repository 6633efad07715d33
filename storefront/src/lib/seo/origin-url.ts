/** The public origin page a product's QR code opens, as an absolute URL on the storefront's own address. */
export function originUrl(base: URL, locale: string, traceabilityCode: string): string {
  return new URL(`/${locale}/origin/${encodeURIComponent(traceabilityCode)}`, base).toString()
}
