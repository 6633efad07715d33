import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../../../workflows/producer/workflows/update-producer"
import { AdminUpdateProducerType, producerFields } from "../validators"

export async function retrieveProducer(req: AuthenticatedMedusaRequest<unknown>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "producer",
      fields: [
        ...producerFields,
        "stock_location.id",
        "stock_location.name",
        "products.id",
        "products.title",
        "products.handle",
        "products.status",
      ],
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateProducerType>, res: MedusaResponse) => {
  await updateProducerWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}
