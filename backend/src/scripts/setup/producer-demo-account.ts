import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import ProducerModuleService from "../../modules/producer/service"

export const DEMO_PRODUCER_EMAIL = "producer@ocop.local"
export const DEMO_PRODUCER_PASSWORD = "ocop-producer-2026"
// The first cooperative of the demo catalogue.
const DEMO_PRODUCER_HANDLE = "htx-ca-phe-muong-ang"

// A host of the demo experiences that also sells goods (honey), so check-in can be tried at once.
export const DEMO_HOST = {
  handle: "cong-ty-tnhh-mat-ong-tay-nguyen",
  email: "host@ocop.local",
  password: "ocop-host-2026",
}

/**
 * A portal sign-in for one demo producer, so the producer portal can be tried at once. Demo data
 * only: skipped when that producer is absent or already has an owner. Safe to run again.
 */
export async function setupProducerDemoAccount(
  container: MedusaContainer,
  email = process.env.DEMO_PRODUCER_EMAIL || DEMO_PRODUCER_EMAIL,
  password = process.env.DEMO_PRODUCER_PASSWORD || DEMO_PRODUCER_PASSWORD,
  handle = DEMO_PRODUCER_HANDLE
) {
  const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [producer] = await producerModule.listProducers({ handle }, { relations: ["members"] })
  if (!producer || producer.members.length) return { email, created: false }

  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register the demo producer sign-in: ${error}`)
  }
  const member = await producerModule.createProducerMembers({
    producer_id: producer.id,
    email,
    name: producer.representative,
    role: "owner",
  })
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { producer_id: member.id } })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Created demo producer sign-in ${email} for ${producer.name}`)
  return { email, created: true }
}
