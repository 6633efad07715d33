import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PromotionEventImportRow } from "@ocop/shared"
import type { PromotionEventCsvRow } from "../../../lib/report/promotion-event-csv"
import type { NewPromotionEventProduct } from "./promotion-event-products-create"
import { productIdsOnEvent, productsWithProducer } from "./promotion-event-products-validate"

type Product = { id: string; title: string; handle: string; producer?: { id: string } | null }

export const judgePromotionEventImportStepId = "judge-promotion-event-import"

/**
 * Judges each row of a participant list: its code is a product's handle (any case) or the number of
 * one of its OCOP certificates (as written). A row is refused with its reason when the code is
 * missing or matches no product, when an earlier row named the same product, or when the product is
 * already on the event's list; every other row is to be added, with the product's own producer.
 */
export const judgePromotionEventImportStep = createStep(
  judgePromotionEventImportStepId,
  async (input: { event_id: string; rows: PromotionEventCsvRow[] }, { container }) => {
    const codes = [...new Set(input.rows.map((row) => row.code).filter(Boolean))]
    const byHandle = new Map<string, Product>()
    for (const product of await productsWithProducer(container, {
      handle: [...new Set(codes.map((code) => code.toLowerCase()))],
    })) {
      byHandle.set(product.handle, product)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: certificates } = codes.length
      ? await query.graph({
          entity: "ocop_certificate",
          fields: ["certificate_number", "product.id"],
          filters: { certificate_number: codes },
        })
      : { data: [] }
    const certified = (certificates as { certificate_number: string; product?: { id: string } | null }[]).filter(
      (certificate) => certificate.product?.id
    )
    const byId = new Map(
      (await productsWithProducer(container, { id: [...new Set(certified.map((c) => c.product!.id))] })).map((p) => [
        p.id,
        p,
      ])
    )
    const byCertificate = new Map(
      certified.flatMap((c) => (byId.has(c.product!.id) ? [[c.certificate_number, byId.get(c.product!.id)!]] : []))
    )

    const already = await productIdsOnEvent(container, input.event_id)
    const seen = new Set<string>()
    const toAdd: NewPromotionEventProduct[] = []
    const rows = input.rows.map((row): PromotionEventImportRow => {
      const product = row.code ? (byHandle.get(row.code.toLowerCase()) ?? byCertificate.get(row.code)) : undefined
      const judged = {
        row: row.row,
        code: row.code,
        producer_name: row.producer_name,
        product_id: product?.id ?? null,
        title: product?.title ?? null,
        producer_id: product?.producer?.id ?? null,
      }
      const refuse = (reason: PromotionEventImportRow["reason"]) => ({ ...judged, status: "refused" as const, reason })
      if (!row.code) return refuse("missing_code")
      if (!product) return refuse("unknown_code")
      if (seen.has(product.id)) return refuse("duplicate")
      seen.add(product.id)
      if (already.has(product.id)) return refuse("already_added")
      toAdd.push({ event_id: input.event_id, product_id: product.id, producer_id: judged.producer_id })
      return { ...judged, status: "added", reason: null }
    })
    return new StepResponse({ rows, products: toAdd })
  }
)
