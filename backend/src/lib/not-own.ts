import { MedusaError } from "@medusajs/framework/utils"

/** The 404 a producer gets for anything that is not its own, the same whether it exists or not. */
export function notOwn(entity: string, id: string) {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${entity}: no ${entity} with id ${id}`)
}
