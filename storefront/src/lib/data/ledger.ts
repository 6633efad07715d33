"use server"

import { FetchError } from "@medusajs/js-sdk"
import { authHeaders, shopperHeaders } from "../auth/auth-cookie"
import type { CompanyLedger } from "../ledger/types"
import { storeFetch } from "../store-fetch"

/**
 * The signed-in customer's company ledger (công nợ); null for a guest or a consumer (no company).
 */
export async function retrieveCompanyLedger(): Promise<CompanyLedger | null> {
  if (!(await authHeaders()).authorization) return null
  try {
    return await storeFetch<CompanyLedger>("/store/companies/me/ledger", { headers: await shopperHeaders() })
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 401)) return null
    throw error
  }
}
