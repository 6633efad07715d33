import { MedusaContainer } from "@medusajs/framework"
import {
  createBenchExperience,
  type BenchExperience,
  type BenchExperienceOptions,
} from "../../src/scripts/bench/bench-experience"

export type TestExperience = BenchExperience

/**
 * A published experience with adult and child participant types and these sessions (see
 * createBenchExperience; the host's create-experience workflow will make it once it exists).
 */
export const createTestExperience = (container: MedusaContainer, options: BenchExperienceOptions) =>
  createBenchExperience(container, options)

/** The start of a session `days` from now at 08:00 Vietnam time (01:00 UTC). */
export function daysAhead(days: number, now = new Date()) {
  const at = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
  at.setUTCHours(1, 0, 0, 0)
  return at
}
