import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { WholesaleSettings } from "@ocop/shared"
import { setWholesaleSettingsWorkflow } from "../../../workflows/wholesale/workflows/set-wholesale-settings"
import { ProducerRequest } from "../producer-scope"
import { SetWholesaleSettingsType } from "./validators"

async function retrieveWholesaleSettings(req: ProducerRequest): Promise<WholesaleSettings> {
  const {
    data: [producer],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["wholesale_min_order_value"],
    filters: { id: req.producer.producer_id },
  })
  const minimum = producer?.wholesale_min_order_value
  return { wholesale_min_order_value: minimum == null ? null : Number(minimum) }
}

/** The signed-in producer's wholesale settings. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ settings: await retrieveWholesaleSettings(req) })
}

export const POST = async (req: ProducerRequest<SetWholesaleSettingsType>, res: MedusaResponse) => {
  await setWholesaleSettingsWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, ...req.validatedBody },
  })
  res.json({ settings: await retrieveWholesaleSettings(req) })
}
