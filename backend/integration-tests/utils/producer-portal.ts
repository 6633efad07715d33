import { MedusaContainer } from "@medusajs/framework"
import { taxCodeCheckDigit } from "@ocop/shared"
import { setProducerStatusWorkflow } from "../../src/workflows/producer/workflows/set-producer-status"
import { muongAngCommune } from "./fixtures"

type Api = {
  post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: any }>
  get: (url: string, config?: object) => Promise<{ status: number; data: any }>
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

let applicants = 0

/** A fresh valid tax code (10 digits, check digit right), different on every call of a run. */
export function freshTaxCode() {
  for (;;) {
    applicants += 1
    const firstNine = String(400_000_000 + (((Date.now() % 100_000) * 1000 + applicants) % 500_000_000)).padStart(
      9,
      "0"
    )
    const check = taxCodeCheckDigit(firstNine)
    if (check !== undefined) return `${firstNine}${check}`
  }
}

/** The application form of a cooperative in Mường Ảng (Điện Biên), as the portal sends it. */
export async function producerApplication(container: MedusaContainer, overrides: Record<string, unknown> = {}) {
  const commune = await muongAngCommune(container)
  return {
    name: `HTX Chè Mường Ảng ${applicants + 1}`,
    legal_form: "cooperative",
    tax_code: freshTaxCode(),
    representative: "Lò Văn Minh",
    phone: "0912345678",
    province_code: "11",
    commune_code: commune.code,
    street: "Bản Hón",
    women_led: false,
    ethnic_minority_led: true,
    ethnic_group: "Thái",
    story_vi: "Chè shan tuyết trên núi cao.",
    ...overrides,
  }
}

/** Registers a sign-in, applies as a producer and returns the refreshed token (with the member as actor). */
export async function signUpProducer(api: Api, container: MedusaContainer, overrides: Record<string, unknown> = {}) {
  const email = `producer-${Date.now()}-${applicants + 1}@example.vn`
  const password = "producer-password-1"
  const { data: registered } = await api.post("/auth/producer/emailpass/register", { email, password })
  const { data: applied } = await api.post(
    "/producer/applications",
    await producerApplication(container, overrides),
    bearer(registered.token)
  )
  const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registered.token))
  return { email, password, token: refreshed.token as string, producer: applied.producer, member: applied.member }
}

/** An approved producer, signed in: what most portal tests start from. */
export async function signUpApprovedProducer(
  api: Api,
  container: MedusaContainer,
  overrides: Record<string, unknown> = {}
) {
  const signedUp = await signUpProducer(api, container, overrides)
  await setProducerStatusWorkflow(container).run({ input: { id: signedUp.producer.id, status: "active" } })
  return signedUp
}
