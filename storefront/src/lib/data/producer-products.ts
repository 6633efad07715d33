"use server"

import type { Listing, ListingStatus } from "@ocop/shared"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import type { PortalFormState } from "../producer-portal/form-state"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isStatus, producerFetch, producerUpload, refusedForm } from "../producer-portal/producer-api"
import {
  listingContentBody,
  listingVariantsBody,
  parseStock,
  parseVnd,
  readListingFields,
  shownListing,
  validateListingFields,
} from "../producer-portal/product-fields"
import type { CertificateRequest, ProducerMe } from "../producer-portal/types"

const PRODUCTS_PAGE_SIZE = 50

const ID = /^[a-z]+_[A-Za-z0-9]+$/
const idOf = (formData: FormData, name: string) => {
  const id = String(formData.get(name) ?? "")
  return ID.test(id) ? id : null
}

/** The producer's listings; archived ones only under `draft`. */
export async function listProducerProducts(status?: ListingStatus): Promise<{ products: Listing[]; count: number }> {
  return producerFetch("/producer/products", {
    query: { limit: PRODUCTS_PAGE_SIZE, offset: 0, ...(status ? { status } : {}) },
  })
}

/** One of the producer's listings, or null for an id that is not its own (the backend's 404). */
export async function retrieveProducerProduct(id: string): Promise<Listing | null> {
  if (!ID.test(id)) return null
  try {
    return (await producerFetch<{ product: Listing }>(`/producer/products/${id}`)).product
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

/** The certificate scans the producer sent for one listing, newest first, with the office's answer. */
export async function listCertificateRequests(productId: string): Promise<CertificateRequest[]> {
  const { certificate_requests } = await producerFetch<{ certificate_requests: CertificateRequest[] }>(
    "/producer/certificate-requests"
  )
  return certificate_requests.filter((request) => request.product_id === productId)
}

// The listing's origin is the producer's own commune, with the growing area when one is given.
async function originOf(growingAreaCode: string) {
  const { producer } = await producerFetch<ProducerMe>("/producer/me")
  return {
    province_code: producer.province_code,
    commune_code: producer.commune_code,
    ...(growingAreaCode ? { growing_area_code: growingAreaCode } : {}),
  }
}

/** A new listing goes to the office's review queue (`proposed`); its page opens next. */
export async function createProducerProduct(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const fields = readListingFields(formData)
  const values = shownListing(fields)
  const errors = validateListingFields(fields, { withVariants: true })
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  let product: Listing
  try {
    const body = {
      ...listingContentBody(fields),
      variants: listingVariantsBody(fields),
      origin: await originOf(fields.growing_area_code),
    }
    product = (await producerFetch<{ product: Listing }>("/producer/products", { method: "POST", body })).product
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return redirect({ href: { pathname: `/producer/products/${product.id}`, query: { created: "1" } }, locale })
}

export async function updateProducerProduct(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  const fields = readListingFields(formData)
  const values = shownListing(fields)
  const errors = validateListingFields(fields, { withVariants: false })
  if (!id) return { values, errors: {}, error: "generic" }
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  try {
    await producerFetch(`/producer/products/${id}`, {
      method: "POST",
      body: { ...listingContentBody(fields), origin: await originOf(fields.growing_area_code) },
    })
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}

/** Takes the listing off sale (`draft`); it stays in the list under "Archived". */
export async function archiveProducerProduct(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  if (!id) return { values: {}, errors: {}, error: "generic" }
  try {
    await producerFetch(`/producer/products/${id}/archive`, { method: "POST" })
  } catch (error) {
    return refusedForm(error, {})
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

/** A pack's title and price (`variant_id` set), or a new pack with its stock (no `variant_id`). */
export async function saveVariant(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  const variantId = idOf(formData, "variant_id")
  const values = {
    title: String(formData.get("title") ?? "").trim(),
    price: String(formData.get("price") ?? "").trim(),
    stock: String(formData.get("stock") ?? "").trim(),
  }
  const price = parseVnd(values.price)
  const stock = parseStock(values.stock)
  const errors: PortalFormState["errors"] = {}
  if (!values.title) errors.title = "required"
  if (price === null) errors.price = "price"
  if (!variantId && stock === null) errors.stock = "stock"
  if (!id) return { values, errors: {}, error: "generic" }
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  try {
    if (variantId)
      await producerFetch(`/producer/products/${id}/variants/${variantId}`, {
        method: "POST",
        body: { title: values.title, price },
      })
    else
      await producerFetch(`/producer/products/${id}/variants`, {
        method: "POST",
        body: { title: values.title, price, stock },
      })
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return { values: variantId ? values : {}, errors: {}, saved: true }
}

/** Sets how many units of a pack are stocked at the producer's location. */
export async function setVariantStock(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  const variantId = idOf(formData, "variant_id")
  const values = { quantity: String(formData.get("quantity") ?? "").trim() }
  const quantity = parseStock(values.quantity)
  if (!id || !variantId) return { values, errors: {}, error: "generic" }
  if (quantity === null) return { values, errors: { quantity: "stock" }, error: "fixFields" }
  try {
    await producerFetch(`/producer/products/${id}/variants/${variantId}/stock`, { method: "POST", body: { quantity } })
  } catch (error) {
    return refusedForm(error, values, (field) => (field === "quantity" ? field : undefined))
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}

export async function uploadProductImage(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  const file = formData.get("file")
  if (!id) return { values: {}, errors: {}, error: "generic" }
  if (!(file instanceof File) || !file.size) return { values: {}, errors: { file: "fileMissing" }, error: "fixFields" }
  try {
    await producerUpload(`/producer/products/${id}/images`, file)
  } catch (error) {
    return refusedForm(error, { file: "" })
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

export async function deleteProductImage(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  const imageId = idOf(formData, "image_id")
  if (!id || !imageId) return { values: {}, errors: {}, error: "generic" }
  try {
    await producerFetch(`/producer/products/${id}/images/${imageId}`, { method: "DELETE" })
  } catch (error) {
    return refusedForm(error, {})
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

/** Sends the office a scan of the product's OCOP certificate to record (PDF or photo, with a note). */
export async function requestCertificate(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = idOf(formData, "product_id")
  const file = formData.get("file")
  const note = String(formData.get("note") ?? "").trim()
  if (!id) return { values: { note }, errors: {}, error: "generic" }
  if (!(file instanceof File) || !file.size)
    return { values: { note }, errors: { file: "fileMissing" }, error: "fixFields" }
  try {
    await producerUpload(`/producer/products/${id}/certificate-requests`, file, note ? { note } : {})
  } catch (error) {
    return refusedForm(error, { note, file: "" })
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}
