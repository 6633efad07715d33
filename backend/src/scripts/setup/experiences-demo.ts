import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamDate, weeklySessions } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../modules/experience"
import type ExperienceModuleService from "../../modules/experience/service"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { createExperienceWorkflow } from "../../workflows/experience/workflows/create-experience"
import { approveExperienceWorkflow } from "../../workflows/experience/workflows/review-experience"
import { DEMO_EXPERIENCES } from "./experiences-demo-data"

const DAY_MS = 24 * 60 * 60 * 1000
export const DEMO_SESSION_DAYS = 60

/**
 * The demo's experiences (experiences-demo-data.ts), published, with sessions over the next 60 days.
 * Once per store: nothing happens when an experience exists. A host missing from the catalogue is
 * left out with a warning (a trimmed seed), not an error.
 */
export async function setupExperiencesDemo(container: MedusaContainer, now = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const experiences = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const [, existing] = await experiences.listAndCountExperiences({}, { take: 1, select: ["id"] })
  if (existing) return 0

  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers(
      { name: DEMO_EXPERIENCES.map((demo) => `${demo.host} (demo)`) },
      { select: ["id", "name", "province_code", "commune_code"] }
    )
  const producerOf = new Map(producers.map((producer) => [producer.name, producer]))
  const from = vietnamDate(new Date(now.getTime() + DAY_MS))
  const to = vietnamDate(new Date(now.getTime() + DEMO_SESSION_DAYS * DAY_MS))
  const sessions: Parameters<ExperienceModuleService["createExperienceSessions"]>[0] = []

  for (const { host, schedule, ...experience } of DEMO_EXPERIENCES) {
    const producer = producerOf.get(`${host} (demo)`)
    if (!producer) {
      logger.warn(`Experiences demo: no producer "${host} (demo)" in the catalogue; its experience is left out`)
      continue
    }
    const { result } = await createExperienceWorkflow(container).run({
      input: {
        ...experience,
        producer_id: producer.id,
        province_code: producer.province_code,
        commune_code: producer.commune_code,
      },
    })
    // A host's first experience waits for the office; the demo's are already reviewed.
    const [created] = await experiences.listExperiences({ id: result.id }, { select: ["status"] })
    if (created.status === "pending") {
      await approveExperienceWorkflow(container).run({ input: { id: result.id } })
    }
    const planned = weeklySessions({ ...schedule, from, to }, now)
    if (planned.problems.length) throw new Error(`Experiences demo, ${host}: ${planned.problems.join("; ")}`)
    sessions.push(
      ...planned.sessions.map((session) => ({ ...session, capacity: schedule.capacity, experience_id: result.id }))
    )
  }
  // One insert for every session of the demo.
  await experiences.createExperienceSessions(sessions)
  return sessions.length
}
