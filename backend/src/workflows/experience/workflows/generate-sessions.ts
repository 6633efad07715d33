import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { WeeklyRule } from "@ocop/shared"
import { createExperienceSessionsStep } from "../steps/create-experience-sessions"
import { OneSessionInput, planSessionsStep } from "../steps/plan-sessions"

export type GenerateSessionsInput = { experience_id: string; rule?: WeeklyRule; session?: OneSessionInput }

export const generateSessionsWorkflowId = "generate-sessions"

/**
 * An experience's sessions from a host's weekly rule (at most MAX_GENERATED_SESSIONS) or one session.
 * A homestay's nights are a rule too: the check-in time, a duration to the next morning, rooms as capacity.
 */
export const generateSessionsWorkflow = createWorkflow(generateSessionsWorkflowId, (input: GenerateSessionsInput) => {
  const { data: experiences } = useQueryGraphStep({
    entity: "experience",
    fields: ["id", "duration_minutes"],
    filters: { id: input.experience_id },
    options: { throwIfKeyNotFound: true },
  })
  const planned = planSessionsStep(
    transform({ input, experiences }, ({ input, experiences }) => ({
      ...input,
      duration_minutes: experiences[0].duration_minutes as number,
    }))
  )
  const created = createExperienceSessionsStep(
    transform({ input, planned }, ({ input, planned }) => ({ experience_id: input.experience_id, sessions: planned }))
  )
  return new WorkflowResponse(created)
})
