"use server"

import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { authHeaders } from "../auth/auth-cookie"
import { BackendError, errorCode } from "../backend-error"
import {
  companyAddressErrors,
  readCompanyAddress,
  readRegistration,
  refusedCompanyForm,
  registrationErrors,
  type CompanyFormState,
  type MyCompany,
} from "../company/company-fields"
import { storeHeaders } from "../config"
import { storeFetch } from "../store-fetch"

async function customerHeaders() {
  return { ...(await storeHeaders()), ...(await authHeaders()) }
}

const shown = (values: Record<string, string | boolean>) =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [field, String(value)]))

/** The company the signed-in customer buys for and its role there; null for a consumer or a guest. */
export async function retrieveMyCompany(): Promise<MyCompany | null> {
  const headers = await customerHeaders()
  if (!("authorization" in headers)) return null
  try {
    return await storeFetch<MyCompany>("/store/companies/me", { headers })
  } catch (error) {
    if (error instanceof BackendError && (error.status === 401 || error.status === 404)) return null
    throw error
  }
}

/** Whether the signed-in shopper buys for a verified company (wholesale prices, bulk ordering, lists). */
export async function buysWholesale(): Promise<boolean> {
  return (await retrieveMyCompany())?.company.status === "verified"
}

/** Sends the registration form to `path`, then shows the company; a refusal comes back as the form's state. */
async function sendRegistration(path: string, formData: FormData): Promise<CompanyFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const registration = readRegistration(formData)
  const values = shown(registration)
  const errors = registrationErrors(registration)
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  try {
    await storeFetch(path, { method: "POST", headers: await customerHeaders(), body: registration })
  } catch (error) {
    if (!(error instanceof BackendError)) console.error(`Could not send the company to ${path}`, error)
    return refusedCompanyForm(errorCode(error), values)
  }
  return redirect({ href: "/account/company", locale })
}

/** Registers the signed-in customer's company (pending until the office verifies it), then shows it. */
export async function registerCompany(_previous: CompanyFormState, formData: FormData): Promise<CompanyFormState> {
  return sendRegistration("/store/companies", formData)
}

/** A rejected company's admin corrects the details: the company is registered again. */
export async function correctCompany(_previous: CompanyFormState, formData: FormData): Promise<CompanyFormState> {
  return sendRegistration("/store/companies/me", formData)
}

/** Adds a delivery address that all the company's staff may deliver to. */
export async function addCompanyAddress(_previous: CompanyFormState, formData: FormData): Promise<CompanyFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const address = readCompanyAddress(formData)
  const errors = companyAddressErrors(address)
  if (Object.keys(errors).length) return { values: address, errors, error: "fixFields" }
  try {
    await storeFetch("/store/companies/me/addresses", {
      method: "POST",
      headers: await customerHeaders(),
      body: address,
    })
  } catch (error) {
    if (!(error instanceof BackendError)) console.error("Could not add the company address", error)
    return refusedCompanyForm(errorCode(error), address)
  }
  return redirect({ href: { pathname: "/account/company", query: { saved: "1" } }, locale })
}

export async function deleteCompanyAddress(formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale")))
  const addressId = String(formData.get("address_id") ?? "")
  if (/^cadr_[A-Za-z0-9]+$/.test(addressId)) {
    await storeFetch(`/store/companies/me/addresses/${addressId}`, {
      method: "DELETE",
      headers: await customerHeaders(),
    })
  }
  return redirect({ href: "/account/company", locale })
}
