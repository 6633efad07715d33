"use server"

import { refresh } from "next/cache"
import { COMPANY_ROLES, type CompanyRole } from "@ocop/shared"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { shopperHeaders } from "../auth/auth-cookie"
import { BackendError, errorCode } from "../backend-error"
import { readCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import { storeFetch } from "../store-fetch"

export type CompanyStaffMember = {
  id: string
  email: string
  name: string | null
  role: CompanyRole
  monthly_spending_limit: number | null
}
export type CompanyInvite = {
  id: string
  email: string
  role: CompanyRole
  monthly_spending_limit: number | null
  expires_at: string
}
export type CompanyApproval = {
  id: string
  total: number
  created_at: string
  requester: { email: string; name: string | null } | null
  cart: {
    total: number
    items: { id: string; product_title: string; variant_title: string | null; quantity: number; total: number }[]
  } | null
}

/** Message keys under `CompanyStaff.error`. */
export type CompanyStaffError =
  | "generic"
  | "lastAdmin"
  | "alreadyStaff"
  | "inviteeTaken"
  | "token"
  | "wrongEmail"
  | "email"
  | "limit"
  | "approvalPending"
  | "approvalDecided"
  | "notStaff"
export type CompanyStaffFormState = { error: CompanyStaffError | null; done?: boolean }

const ERROR_OF_CODE: Record<string, CompanyStaffError> = {
  last_company_admin: "lastAdmin",
  already_company_staff: "alreadyStaff",
  invitee_taken: "inviteeTaken",
  approval_pending: "approvalPending",
  approval_decided: "approvalDecided",
  invalid_email: "email",
  invalid_monthly_spending_limit: "limit",
  invalid_token: "token",
  invite_unusable: "token",
  invite_for_another_email: "wrongEmail",
}

/** The message key for a refusal, by its code. */
function refusal(error: unknown): CompanyStaffError {
  const code = errorCode(error)
  if (code && ERROR_OF_CODE[code]) return ERROR_OF_CODE[code]
  if (error instanceof BackendError && error.status === 404) return "notStaff"
  return "generic"
}

/** Reads a company route; a customer who is no company's staff (or no admin) gets null. */
async function readCompany<T>(path: string): Promise<T | null> {
  try {
    return await storeFetch<T>(path, { headers: await shopperHeaders() })
  } catch (error) {
    if (error instanceof BackendError && [401, 403, 404].includes(error.status ?? 0)) return null
    throw error
  }
}

export async function listCompanyStaff() {
  return readCompany<{ staff: CompanyStaffMember[]; me: { id: string; role: CompanyRole } }>(
    "/store/companies/me/staff"
  )
}

export async function listCompanyInvites() {
  return (await readCompany<{ invites: CompanyInvite[] }>("/store/companies/me/invites"))?.invites ?? null
}

export async function listCompanyApprovals() {
  return (await readCompany<{ approvals: CompanyApproval[] }>("/store/companies/me/approvals"))?.approvals ?? null
}

/** "" is no limit; anything else a whole number of đồng (the backend refuses the rest, naming the field). */
function readLimit(formData: FormData): number | null {
  const typed = String(formData.get("monthly_spending_limit") ?? "").replace(/[.\s₫]/g, "")
  return typed === "" ? null : Number(typed)
}

function readRole(formData: FormData): CompanyRole {
  const role = String(formData.get("role"))
  return (COMPANY_ROLES as readonly string[]).includes(role) ? (role as CompanyRole) : "buyer"
}

const safeId = (value: FormDataEntryValue | null) => {
  const id = String(value ?? "")
  return /^[a-z]+_[A-Za-z0-9]+$/.test(id) ? id : null
}

async function send(path: string, method: "POST" | "DELETE", body?: unknown): Promise<CompanyStaffFormState> {
  try {
    await storeFetch(path, { method, body, headers: await shopperHeaders() })
    // The staff and approvals pages are personal (dynamic): shown again, they read the change.
    refresh()
    return { error: null, done: true }
  } catch (error) {
    return { error: refusal(error) }
  }
}

export async function inviteCompanyStaff(_previous: CompanyStaffFormState, formData: FormData) {
  const limit = readLimit(formData)
  if (limit !== null && !Number.isInteger(limit)) return { error: "limit" as const }
  return send("/store/companies/me/invites", "POST", {
    email: String(formData.get("email") ?? ""),
    role: readRole(formData),
    monthly_spending_limit: limit,
  })
}

export async function updateCompanyStaff(_previous: CompanyStaffFormState, formData: FormData) {
  const id = safeId(formData.get("staff_id"))
  const limit = readLimit(formData)
  if (!id) return { error: "generic" as const }
  if (limit !== null && !Number.isInteger(limit)) return { error: "limit" as const }
  return send(`/store/companies/me/staff/${id}`, "POST", { role: readRole(formData), monthly_spending_limit: limit })
}

export async function removeCompanyStaff(_previous: CompanyStaffFormState, formData: FormData) {
  const id = safeId(formData.get("staff_id"))
  return id ? send(`/store/companies/me/staff/${id}`, "DELETE") : { error: "generic" as const }
}

export async function withdrawCompanyInvite(_previous: CompanyStaffFormState, formData: FormData) {
  const id = safeId(formData.get("invite_id"))
  return id ? send(`/store/companies/me/invites/${id}`, "DELETE") : { error: "generic" as const }
}

export async function decideCompanyApproval(_previous: CompanyStaffFormState, formData: FormData) {
  const id = safeId(formData.get("approval_id"))
  const decision = formData.get("decision") === "approve" ? "approve" : "reject"
  const reason = String(formData.get("reason") ?? "").trim()
  if (!id) return { error: "generic" as const }
  return send(`/store/companies/me/approvals/${id}/${decision}`, "POST", reason ? { reason } : {})
}

/** The invited colleague, signed in with the invited e-mail, joins and lands on the company's staff page. */
export async function acceptCompanyInvite(_previous: CompanyStaffFormState, formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale")))
  const answer = await send("/store/company-invites/accept", "POST", { token: String(formData.get("token") ?? "") })
  if (answer.error) return answer
  // The cart's prices change with the wholesale group.
  invalidateCart()
  return redirect({ href: "/account/company/staff", locale })
}

/** At checkout: a company buyer asks its admins to approve the cart. */
export async function requestCartApproval(_previous: CompanyStaffFormState) {
  const cartId = await readCartId()
  if (!cartId) return { error: "generic" as const }
  return send(`/store/carts/${encodeURIComponent(cartId)}/approval`, "POST", {})
}
