/** Message keys under `ProducerPortal.error`. */
export type PortalErrorCode =
  | "fixFields"
  | "invalidCredentials"
  | "notMember"
  | "exists"
  | "inviteInvalid"
  | "forbidden"
  | "rejected"
  | "conflict"
  | "tooManyAttempts"
  | "generic"

/** Message keys under `ProducerPortal.fieldError`. */
export type PortalFieldError =
  | "required"
  | "email"
  | "phone"
  | "passwordShort"
  | "taxCode"
  | "price"
  | "stock"
  | "tooLong"
  | "fileMissing"
  | "rejected"

/**
 * A portal form after a submit: what was typed (never a password), what is wrong, and the
 * backend's own words when it refused (`detail`, shown beside the translated sentence).
 */
export type PortalFormState = {
  values: Record<string, string>
  errors: Record<string, PortalFieldError>
  error?: PortalErrorCode
  detail?: string
  /** With `tooManyAttempts`: the minutes until the backend takes another try. */
  retryMinutes?: number
  saved?: boolean
}

export const emptyPortalForm: PortalFormState = { values: {}, errors: {} }
