import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { emailPassFetch, TooManyAttemptsError, type AuthActor } from "../auth/emailpass-fetch"
import { readAccountFields, validateAccountFields } from "./account-fields"
import type { AccountFormState } from "./account-state"

/** Where a customer or a producer's member signs in, and lands once its password is changed. */
export const SIGN_IN_PAGE: Record<AuthActor, "/account/sign-in" | "/producer/sign-in"> = {
  customer: "/account/sign-in",
  producer: "/producer/sign-in",
}

/** Asks the backend to e-mail a reset link; the same answer whether or not the address has an account. */
export async function askForPasswordReset(actor: AuthActor, formData: FormData): Promise<AccountFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const fields = readAccountFields(formData)
  const errors = validateAccountFields(fields, ["email"])
  if (Object.keys(errors).length) return { values: { email: fields.email }, errors }
  try {
    await emailPassFetch(`/auth/${actor}/emailpass/reset-password`, { identifier: fields.email, metadata: { locale } })
  } catch (error) {
    if (error instanceof TooManyAttemptsError)
      return { values: { email: fields.email }, errors: {}, error: "tooManyAttempts", retryMinutes: error.minutes }
    console.error("Could not ask for a password reset", error)
    return { values: { email: fields.email }, errors: {}, error: "generic" }
  }
  return { values: { email: fields.email }, errors: {}, sent: true }
}

/** Sets the new password with the e-mailed token, then sends the user to its sign-in page. */
export async function chooseNewPassword(actor: AuthActor, formData: FormData): Promise<AccountFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const fields = readAccountFields(formData)
  const token = String(formData.get("token") ?? "")
  const errors = validateAccountFields(fields, ["email", "password"])
  if (Object.keys(errors).length) return { values: { email: fields.email }, errors }
  if (!token) return { values: { email: fields.email }, errors: {}, error: "linkInvalid" }
  try {
    await emailPassFetch(
      `/auth/${actor}/emailpass/update`,
      { email: fields.email, password: fields.password },
      { token }
    )
  } catch (error) {
    if (error instanceof TooManyAttemptsError)
      return { values: { email: fields.email }, errors: {}, error: "tooManyAttempts", retryMinutes: error.minutes }
    if (error instanceof FetchError && (error.status === 401 || error.status === 400))
      return { values: { email: fields.email }, errors: {}, error: "linkInvalid" }
    console.error("Could not reset the password", error)
    return { values: { email: fields.email }, errors: {}, error: "generic" }
  }
  return redirect({ href: { pathname: SIGN_IN_PAGE[actor], query: { reset: "1" } }, locale })
}
