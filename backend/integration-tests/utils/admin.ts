import { MedusaContainer } from "@medusajs/framework"
import { setupAdminUser } from "../../src/scripts/setup/admin-user"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/** Signs the programme office's admin user in and returns the headers for admin routes. */
export async function adminHeaders(api: Api, container: MedusaContainer) {
  const email = "office@ocop.test"
  const password = "office-password-1"
  await setupAdminUser(container, email, password)
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
