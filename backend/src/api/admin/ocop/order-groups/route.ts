import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOfficeOrderGroups } from "../../../../lib/office-order-groups"
import type { AdminListOrderGroupsType } from "./validators"

/** Checkouts with their producer orders, newest first, or those a reference, number, e-mail or order finds. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListOrderGroupsType>, res: MedusaResponse) => {
  const { q, order_id, limit, offset } = req.validatedQuery
  const search = q ?? (order_id ? { order_id } : undefined)
  res.json(await listOfficeOrderGroups(req.scope, { search, limit, offset }))
}
