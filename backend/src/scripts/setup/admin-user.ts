import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

export const DEMO_ADMIN_EMAIL = "admin@ocop.local"
export const DEMO_ADMIN_PASSWORD = "ocop-admin-2026"

/** The programme office's first admin user (e-mail + password). Safe to run again. */
export async function setupAdminUser(
  container: MedusaContainer,
  email = process.env.ADMIN_EMAIL || DEMO_ADMIN_EMAIL,
  password = process.env.ADMIN_PASSWORD || DEMO_ADMIN_PASSWORD
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)

  const [existing] = await userModule.listUsers({ email })
  if (existing) return { email, created: false }

  const { result: users } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Văn phòng", last_name: "Điều phối OCOP" }] },
  })
  const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register the admin user: ${error}`)
  }
  await authModule.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: users[0].id },
  })
  logger.info(`Created admin user ${email}`)
  return { email, created: true }
}
