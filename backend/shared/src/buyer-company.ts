import { isValidTaxCode } from "./tax-code"

/** What a wholesale buyer is, in the order the registration form lists them. */
export const BUYER_TYPES = ["supermarket", "shop", "restaurant_hotel", "distributor", "agency_school"] as const
export type BuyerType = (typeof BUYER_TYPES)[number]

// pending: registered, awaiting the office; rejected: told why, may correct and register again;
// suspended: verified once, now barred from wholesale prices and terms by the office.
export const COMPANY_STATUSES = ["pending", "verified", "rejected", "suspended"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]

/** A company admin manages staff, addresses and approvals; a buyer orders within its limit. */
export const COMPANY_ROLES = ["admin", "buyer"] as const
export type CompanyRole = (typeof COMPANY_ROLES)[number]

/** Payment terms the office may grant: days after delivery that a producer order's invoice falls due. */
export const NET_TERMS_DAYS = [0, 7, 15, 30, 45, 60] as const
export type NetTermsDays = (typeof NET_TERMS_DAYS)[number]

/**
 * Personal identification numbers (CCCD) are 12 digits: a 3-digit province of birth code (001–096),
 * a century-and-sex digit, two digits of the birth year, then six. Since 2025-07-01 a household
 * business uses its owner's number as its tax code (Law on Tax Administration 2019 art. 30, Circular 86/2024).
 */
export function isValidPersonalId(id: string): boolean {
  const match = /^(\d{3})(\d)(\d{8})$/.exec(id)
  if (!match) return false
  const province = Number(match[1])
  return province >= 1 && province <= 96
}

/**
 * A buyer company's tax code (MST): 10 digits with a valid check digit, 10-3 for a branch, or,
 * for a household business only, the owner's 12-digit personal identification number.
 */
export function isValidBuyerTaxCode(taxCode: string, householdBusiness: boolean): boolean {
  return isValidTaxCode(taxCode) || (householdBusiness && isValidPersonalId(taxCode))
}
