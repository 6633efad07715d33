import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../../../workflows/producer/workflows/create-producers"
import { AdminCreateProducerType, AdminListProducersType, producerFields } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, province_code, limit, offset } = req.validatedQuery
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: [...producerFields, "products.id"],
    filters: {
      ...(status ? { status } : {}),
      ...(province_code ? { province_code } : {}),
      ...(q ? { $or: [{ name: { $ilike: `%${q}%` } }, { tax_code: { $ilike: `${q}%` } }] } : {}),
    },
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({
    producers: producers.map(({ products, ...producer }) => ({ ...producer, product_count: products?.length ?? 0 })),
    count: metadata?.count,
    limit,
    offset,
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateProducerType>, res: MedusaResponse) => {
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: producerFields, filters: { id: result[0].id } })
  res.status(201).json({ producer: data[0] })
}
