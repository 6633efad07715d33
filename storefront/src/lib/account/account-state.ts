import type { AccountFieldErrors, AccountFields } from "./account-fields"

/** Message keys under `Account.error`. */
export type AccountErrorCode = "invalidCredentials" | "exists" | "linkInvalid" | "tooManyAttempts" | "generic"

/** An account form after a submit that did not go through; the password is never sent back. */
export type AccountFormState = {
  values: Partial<Omit<AccountFields, "password">>
  errors: AccountFieldErrors
  error?: AccountErrorCode
  /** With `tooManyAttempts`: the minutes until the backend takes another try. */
  retryMinutes?: number
  /** The password-reset request went out (said whether or not the e-mail has an account). */
  sent?: boolean
}

export const emptyAccountForm: AccountFormState = { values: {}, errors: {} }

/** Only paths of this storefront are followed after signing in, never another site. */
export function safeNextPath(next: unknown): string {
  const path = typeof next === "string" ? next : ""
  return /^\/(?!\/)[\w\-/?=&.%]*$/.test(path) ? path : "/account"
}
