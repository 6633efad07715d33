import { shopperHeaders } from "@/lib/auth/auth-cookie"
import { backendUrl } from "@/lib/config"

/**
 * The company's ledger as XLSX, fetched with the customer's token (kept in an httpOnly cookie) and
 * passed on as the backend's attachment; signed out 401, a consumer 404.
 */
export async function GET() {
  const headers = await shopperHeaders()
  if (!headers.authorization) return new Response(null, { status: 401 })
  const answer = await fetch(`${backendUrl()}/store/companies/me/ledger/export`, { headers, cache: "no-store" })
  const passed = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  if (!answer.ok) return new Response(null, { status: answer.status, headers: passed })
  for (const name of ["content-type", "content-disposition", "content-length"]) {
    const value = answer.headers.get(name)
    if (value) passed.set(name, value)
  }
  return new Response(answer.body, { status: 200, headers: passed })
}
