import { MedusaContainer } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import ProducerModuleService from "../../src/modules/producer/service"
import { bearer } from "./producer-portal"

type Api = { post: (url: string, body?: unknown, config?: object) => Promise<{ data: any }> }

let signIns = 0

/** The auth identity a Medusa token was issued for (its payload is plain base64url JSON). */
const authIdentityOf = (token: string) =>
  JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).auth_identity_id as string

/**
 * Gives a seeded producer a portal sign-in: registers an e-mail, makes it the producer's member and
 * binds the sign-in to that member (what the application and invitation workflows do), then
 * refreshes the token so it carries the member as actor. Returns the Bearer headers.
 */
export async function signInSeededProducer(
  api: Api,
  container: MedusaContainer,
  producerId: string,
  role: "owner" | "member" = "owner"
) {
  signIns += 1
  const email = `seeded-${Date.now()}-${signIns}@example.vn`
  const { data: registered } = await api.post("/auth/producer/emailpass/register", {
    email,
    password: "producer-password-1",
  })
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const member = await producers.createProducerMembers({ producer_id: producerId, email, name: "Người bán thử", role })
  await container
    .resolve(Modules.AUTH)
    .updateAuthIdentities({ id: authIdentityOf(registered.token), app_metadata: { producer_id: member.id } })
  const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registered.token))
  return { headers: bearer(refreshed.token).headers, member_id: member.id as string }
}
