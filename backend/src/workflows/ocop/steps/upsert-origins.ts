import crypto from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { ResolvedPlace } from "./resolve-places"

export type OriginData = ResolvedPlace & {
  id?: string
  growing_area_code?: string | null
  traceability_code?: string
}

export const upsertOriginsStepId = "upsert-origins"

/** A new origin gets a random URL-safe traceability code unless one is given. */
function newTraceabilityCode() {
  return crypto
    .randomBytes(6)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")
}

/** Creates the origins without an id and updates the others; the compensation undoes both. */
export const upsertOriginsStep = createStep(
  upsertOriginsStepId,
  async (origins: OriginData[], { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const toUpdate = origins.filter((o) => o.id) as (OriginData & { id: string })[]
    const previous = toUpdate.length ? await ocopModule.listOcopOrigins({ id: toUpdate.map((o) => o.id) }) : []
    const updated = toUpdate.length ? await ocopModule.updateOcopOrigins(toUpdate) : []
    const toCreate = origins
      .filter((o) => !o.id)
      .map((o) => ({ ...o, traceability_code: o.traceability_code || newTraceabilityCode() }))
    const created = toCreate.length ? await ocopModule.createOcopOrigins(toCreate) : []
    const byOrder = origins.map((o) => (o.id ? updated.find((u) => u.id === o.id)! : created.shift()!))
    return new StepResponse(byOrder, {
      previous,
      createdIds: byOrder.filter((o) => !toUpdate.some((u) => u.id === o.id)).map((o) => o.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.createdIds.length) await ocopModule.deleteOcopOrigins(undo.createdIds)
    if (undo.previous.length) await ocopModule.updateOcopOrigins(undo.previous)
  }
)
