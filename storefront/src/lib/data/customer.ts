"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { readAccountFields, validateAccountFields, type AccountField } from "../account/account-fields"
import { safeNextPath, type AccountFormState } from "../account/account-state"
import { askForPasswordReset, chooseNewPassword } from "../account/password-reset"
import { emailPassToken, TooManyAttemptsError } from "../auth/emailpass-fetch"
import { authHeaders, removeAuthToken, writeAuthToken } from "../auth/auth-cookie"
import { readCartId, removeCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import type { AddressFormState } from "../checkout/checkout-state"
import { errorCode } from "../backend-error"
import { addressFieldErrors } from "../checkout/checkout-errors"
import { getSdk, storeHeaders } from "../config"
import { storeFetch } from "../store-fetch"
import { listCommunes } from "./places"
import { readTypedAddress } from "./typed-address"

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

async function customerHeaders(token?: string) {
  return { ...(await storeHeaders()), ...(token ? { authorization: `Bearer ${token}` } : await authHeaders()) }
}

/** The signed-in customer with its address book, or null for a guest (or a token that expired). */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await getSdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: CUSTOMER_FIELDS },
      headers: { ...(await storeHeaders()), ...headers },
      cache: "no-store",
    })
    return customer
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) return null
    throw error
  }
}

/** Signed in: the token goes into the cookie and the guest's cart becomes the customer's. */
async function startSession(token: string) {
  await writeAuthToken("customer", token)
  const cartId = await readCartId()
  if (!cartId) return
  try {
    await getSdk().client.fetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, {
      method: "POST",
      headers: await customerHeaders(token),
      query: { fields: "id" },
    })
  } catch (error) {
    // A completed or vanished cart stays behind; the customer starts a new one.
    console.error(`Could not give cart ${cartId} to the signed-in customer`, error)
    await removeCartId()
  } finally {
    invalidateCart()
  }
}

const shown = (fields: ReturnType<typeof readAccountFields>) => ({
  email: fields.email,
  first_name: fields.first_name,
  last_name: fields.last_name,
  phone: fields.phone,
})

export async function signIn(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const fields = readAccountFields(formData)
  const errors = validateAccountFields(fields, ["email", "password"])
  if (Object.keys(errors).length) return { values: shown(fields), errors }
  let token: string
  try {
    token = await emailPassToken("customer", "sign-in", fields)
  } catch (error) {
    if (error instanceof TooManyAttemptsError)
      return { values: shown(fields), errors: {}, error: "tooManyAttempts", retryMinutes: error.minutes }
    if (error instanceof FetchError && error.status === 401)
      return { values: shown(fields), errors: {}, error: "invalidCredentials" }
    console.error("Could not sign in", error)
    return { values: shown(fields), errors: {}, error: "generic" }
  }
  await startSession(token)
  return redirect({ href: safeNextPath(formData.get("next")), locale })
}

export async function register(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const fields = readAccountFields(formData)
  const required: AccountField[] = ["email", "password", "first_name"]
  const errors = validateAccountFields(fields, required)
  if (Object.keys(errors).length) return { values: shown(fields), errors }
  try {
    const registration = await emailPassToken("customer", "register", fields)
    await storeFetch("/store/customers", {
      method: "POST",
      headers: await customerHeaders(registration),
      body: {
        email: fields.email,
        first_name: fields.first_name,
        last_name: fields.last_name || undefined,
        phone: fields.phone || undefined,
        // The language its e-mails are written in.
        metadata: { locale },
      },
    })
  } catch (error) {
    if (error instanceof TooManyAttemptsError)
      return { values: shown(fields), errors: {}, error: "tooManyAttempts", retryMinutes: error.minutes }
    // The backend refuses an e-mail that has an account (401 at the sign-in, 422 at the customer) without saying so.
    if (error instanceof FetchError && (error.status === 401 || error.status === 422))
      return { values: shown(fields), errors: {}, error: "exists" }
    if (errorCode(error) === "invalid_phone") return { values: shown(fields), errors: { phone: "phone" } }
    if (errorCode(error) === "invalid_email") return { values: shown(fields), errors: { email: "email" } }
    console.error("Could not register", error)
    return { values: shown(fields), errors: {}, error: "generic" }
  }
  // The registration token only creates the customer; signing in gives the session's.
  await startSession(await emailPassToken("customer", "sign-in", fields))
  return redirect({ href: "/account", locale })
}

export async function signOut(formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale")))
  await removeAuthToken("customer")
  // The cart was the customer's: it stays with the account, not on this browser.
  await removeCartId()
  invalidateCart()
  return redirect({ href: "/", locale })
}

export async function requestPasswordReset(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  return askForPasswordReset("customer", formData)
}

export async function resetPassword(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  return chooseNewPassword("customer", formData)
}

/** Adds an address to the signed-in customer's book: the checkout's address form without contact and note. */
export async function saveBookAddress(_previous: AddressFormState, formData: FormData): Promise<AddressFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const typed = await readTypedAddress(formData, ["email", "note"])
  if (!("address" in typed)) return typed
  const { values, address } = typed
  try {
    await storeFetch("/store/customers/me/addresses", {
      method: "POST",
      headers: await customerHeaders(),
      query: { fields: "id" },
      body: address,
    })
  } catch (error) {
    console.error("Could not save the address", error)
    const communes = await listCommunes(values.province_code).catch(() => [])
    const refused = addressFieldErrors(error)
    return refused ? { values, errors: refused, communes } : { values, errors: {}, communes, error: "generic" }
  }
  return redirect({ href: { pathname: "/account/addresses", query: { saved: "1" } }, locale })
}

export async function deleteBookAddress(formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale")))
  const addressId = String(formData.get("address_id") ?? "")
  if (/^[a-z]+_[A-Za-z0-9]+$/.test(addressId)) {
    await getSdk().client.fetch(`/store/customers/me/addresses/${addressId}`, {
      method: "DELETE",
      headers: await customerHeaders(),
    })
  }
  return redirect({ href: "/account/addresses", locale })
}
