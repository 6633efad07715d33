import { z } from "@medusajs/framework/zod"
import { provinceCode } from "../../place-fields"
import { reportDay } from "../validators"

export const AdminRegisterExport = z.object({
  province_code: provinceCode.optional(),
  as_of: reportDay("as_of").optional(),
})
export type AdminRegisterExportType = z.infer<typeof AdminRegisterExport>
