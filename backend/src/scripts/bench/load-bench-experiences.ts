import fs from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { createBenchExperience } from "./bench-experience"

const SESSIONS = 10
const CAPACITY = 4
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `medusa exec` for bench:booking: one published workshop whose host takes payment on arrival,
 * with SESSIONS sessions of CAPACITY places on the days after tomorrow. Writes its ids to
 * BENCH_RESULT_FILE.
 */
export default async function loadBenchExperiences({ container }: ExecArgs) {
  const now = Date.now()
  const experience = await createBenchExperience(container, {
    pay_on_arrival: true,
    sessions: Array.from({ length: SESSIONS }, (_, day) => ({
      starts_at: new Date(now + (day + 3) * DAY_MS),
      capacity: CAPACITY,
    })),
  })
  fs.writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify(experience))
}
