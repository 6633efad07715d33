import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The e-mail a sign-in was registered with (emailpass: the provider identity's entity id). */
export async function signInEmail(req: AuthenticatedMedusaRequest) {
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: register with an e-mail and password first")
  return email.toLowerCase()
}
