import { createRequire } from "node:module"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import type ExperienceModuleService from "../../../src/modules/experience/service"
import { setupSeededMarketplace } from "../../utils/marketplace"

type DemoModule = typeof import("../../../src/scripts/setup/experiences-demo")

// Loaded with the app's own require (as `medusa exec` runs it): the demo's workflows are then the
// ones the app registered, not a second copy from the test runner's module graph.
const { setupExperiencesDemo, DEMO_SESSION_DAYS } = createRequire(__filename)(
  "../../../src/scripts/setup/experiences-demo"
) as DemoModule

const DAY_MS = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    beforeAll(async () => {
      await setupSeededMarketplace(getContainer())
    }, 600_000)

    it("publishes at least 8 experiences in the three seed provinces, with 60 days of sessions, once", async () => {
      const container = getContainer()
      const created = await setupExperiencesDemo(container)
      expect(created).toBeGreaterThan(100)

      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "experience",
        fields: [
          "id",
          "kind",
          "status",
          "title_vi",
          "province_code",
          "confirmation",
          "pay_on_arrival",
          "deposit_percent",
          "product.status",
          "product.shipping_profile.id",
          "product.producer.id",
          "product.variants.manage_inventory",
        ],
      })
      expect(data.length).toBeGreaterThanOrEqual(8)
      expect(data.every((experience: any) => experience.status === "published")).toBe(true)
      expect(data.every((experience: any) => experience.product.status === "published")).toBe(true)
      expect(data.every((experience: any) => !experience.product.shipping_profile)).toBe(true)
      expect(data.every((experience: any) => experience.product.producer?.id)).toBe(true)
      expect(data.every((experience: any) => experience.title_vi.endsWith("(demo)"))).toBe(true)
      expect(new Set(data.map((experience: any) => experience.province_code)).size).toBe(3)
      expect(data.some((experience: any) => experience.kind === "homestay")).toBe(true)
      expect(data.some((experience: any) => experience.pay_on_arrival)).toBe(true)
      expect(data.some((experience: any) => experience.confirmation === "on_request")).toBe(true)
      // Some take a deposit online (the rest on arrival), never one whose guests pay everything on arrival.
      const deposits = data.filter((experience: any) => experience.deposit_percent !== null)
      expect(deposits.length).toBeGreaterThanOrEqual(2)
      expect(deposits.some((experience: any) => experience.kind === "homestay")).toBe(true)
      expect(deposits.every((experience: any) => !experience.pay_on_arrival)).toBe(true)

      const sessions = await container
        .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
        .listExperienceSessions({}, { select: ["starts_at", "experience_id"], take: null })
      expect(sessions).toHaveLength(created)
      const last = Math.max(...sessions.map((session) => new Date(session.starts_at).getTime()))
      expect(last).toBeLessThanOrEqual(Date.now() + (DEMO_SESSION_DAYS + 1) * DAY_MS)
      expect(new Set(sessions.map((session) => session.experience_id)).size).toBe(data.length)

      expect(await setupExperiencesDemo(container)).toBe(0)
    })
  },
})
