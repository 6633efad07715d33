import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../../modules/experience"
import type ExperienceModuleService from "../../../../modules/experience/service"

/** A published experience by its handle; anything else (pending, rejected, archived, unknown) is not found. */
export async function publishedExperience(container: MedusaContainer, handle: string) {
  const [experience] = await container
    .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    .listExperiences({ handle, status: "published" }, { relations: ["participant_types"] })
  if (!experience) throw new MedusaError(MedusaError.Types.NOT_FOUND, `handle: no experience ${handle}`)
  return experience
}
