import { cookies } from "next/headers"
import { storefrontUrl } from "./config"

/**
 * A value the browser keeps for this server alone (a session token, a cart id): httpOnly, so the
 * browser's scripts never see it, and kept `maxAgeSeconds` across visits.
 */
export function httpOnlyCookie(name: string, maxAgeSeconds: number) {
  return {
    async read(): Promise<string | undefined> {
      return (await cookies()).get(name)?.value || undefined
    },
    async write(value: string) {
      ;(await cookies()).set(name, value, {
        httpOnly: true,
        sameSite: "lax",
        // Only where the storefront is served over HTTPS: a Secure cookie is dropped on plain HTTP.
        secure: storefrontUrl().protocol === "https:",
        path: "/",
        maxAge: maxAgeSeconds,
      })
    },
    async remove() {
      ;(await cookies()).delete(name)
    },
  }
}
