import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../modules/experience"
import type ExperienceModuleService from "../modules/experience/service"
import { cancelSessionWorkflow } from "../workflows/experience/workflows/cancel-session"

/**
 * A session that has not reached its experience's minimum number of guests by its cut-off does not
 * run: it is cancelled and everyone booked is refunded in full and told (see cancel-session).
 */
export default async function cancelSessionsBelowMinimum(container: MedusaContainer) {
  const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const sessionId of await experiences.sessionsBelowMinimum(new Date())) {
    try {
      await cancelSessionWorkflow(container).run({
        input: { session_id: sessionId, canceller: { by: "below_minimum" }, reason: null },
      })
    } catch (error) {
      logger.warn(`session ${sessionId} below its minimum was not cancelled: ${(error as Error).message}`)
    }
  }
}

export const config = { name: "cancel-sessions-below-minimum", schedule: "*/10 * * * *" }
