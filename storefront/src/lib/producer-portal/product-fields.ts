import type { PortalFieldError } from "./form-state"

/** A pack of a new listing as typed: title, price in đồng, units in stock. */
export type VariantFields = { title: string; sku: string; price: string; stock: string }

export type ListingFields = {
  title: string
  title_en: string
  description: string
  description_en: string
  product_set: string
  growing_area_code: string
  variants: VariantFields[]
}

export const MAX_VARIANTS = 20
// The product sets a listing may be filed under (Decision 148/QĐ-TTg); names in `ProductSet`.
export const PRODUCT_SET_NUMBERS = Array.from({ length: 26 }, (_, i) => i + 1)

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()

/** Whole đồng as people type them: "125.000", "125 000" or "125000". */
export function parseVnd(value: string): number | null {
  const digits = value.replace(/[\s.,₫đ]/gi, "")
  if (!/^\d{1,12}$/.test(digits)) return null
  return Number(digits)
}

export function parseStock(value: string): number | null {
  return /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : null
}

/** The listing form's fields; its packs are the rows `variant_title`, `variant_price`… in order. */
export function readListingFields(formData: FormData): ListingFields {
  const titles = formData.getAll("variant_title").map(String)
  const skus = formData.getAll("variant_sku").map(String)
  const prices = formData.getAll("variant_price").map(String)
  const stocks = formData.getAll("variant_stock").map(String)
  const variants = titles
    .map((title, i) => ({
      title: title.trim(),
      sku: (skus[i] ?? "").trim(),
      price: (prices[i] ?? "").trim(),
      stock: (stocks[i] ?? "").trim(),
    }))
    // A row left wholly empty is one the producer did not need.
    .filter((variant) => variant.title || variant.price || variant.stock || variant.sku)
  return {
    title: text(formData, "title"),
    title_en: text(formData, "title_en"),
    description: text(formData, "description"),
    description_en: text(formData, "description_en"),
    product_set: text(formData, "product_set"),
    growing_area_code: text(formData, "growing_area_code"),
    variants,
  }
}

/** `withVariants`: a new listing needs at least one pack; editing the content leaves packs alone. */
export function validateListingFields(
  fields: ListingFields,
  { withVariants }: { withVariants: boolean }
): Record<string, PortalFieldError> {
  const errors: Record<string, PortalFieldError> = {}
  if (!fields.title) errors.title = "required"
  else if (fields.title.length > 200) errors.title = "tooLong"
  if (fields.title_en.length > 200) errors.title_en = "tooLong"
  if (!PRODUCT_SET_NUMBERS.includes(Number(fields.product_set))) errors.product_set = "required"
  if (fields.growing_area_code.length > 60) errors.growing_area_code = "tooLong"
  if (!withVariants) return errors
  if (!fields.variants.length) errors.variant_title_0 = "required"
  fields.variants.slice(0, MAX_VARIANTS).forEach((variant, i) => {
    if (!variant.title) errors[`variant_title_${i}`] = "required"
    if (parseVnd(variant.price) === null) errors[`variant_price_${i}`] = "price"
    if (parseStock(variant.stock) === null) errors[`variant_stock_${i}`] = "stock"
  })
  return errors
}

/** The listing's content as the backend takes it (POST /producer/products and /producer/products/:id). */
export function listingContentBody(fields: ListingFields) {
  return {
    title: fields.title,
    title_en: fields.title_en || undefined,
    description: fields.description || undefined,
    description_en: fields.description_en || undefined,
    product_set: Number(fields.product_set),
  }
}

export function listingVariantsBody(fields: ListingFields) {
  return fields.variants.slice(0, MAX_VARIANTS).map((variant) => ({
    title: variant.title,
    sku: variant.sku || undefined,
    price: parseVnd(variant.price)!,
    stock: parseStock(variant.stock)!,
  }))
}

/** What to show again after a refused submit: the content fields, and each pack's as `variant_<field>_<i>`. */
export function shownListing(fields: ListingFields): Record<string, string> {
  const { variants, ...content } = fields
  const shown: Record<string, string> = { ...content, variant_count: String(Math.max(variants.length, 1)) }
  variants.forEach((variant, i) => {
    for (const [key, value] of Object.entries(variant)) shown[`variant_${key}_${i}`] = value
  })
  return shown
}
