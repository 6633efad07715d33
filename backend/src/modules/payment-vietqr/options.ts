import { MedusaError } from "@medusajs/framework/utils"

export const VIETQR_PROVIDER_ID = "vietqr"

export type VietQrProviderOptions = {
  /** NAPAS BIN of the receiving bank: 6 digits, e.g. "970436" for Vietcombank. */
  bank_bin: string
  account_number: string
  /** Shown to the payer beside the QR so they can check whom they pay. */
  account_name: string
  /** How long a customer has to transfer. @default 1440 (one day) */
  expires_after_minutes?: number
  /** Letters or digits that start every transfer reference. @default "OCOP" */
  reference_prefix?: string
}

export type ResolvedVietQrOptions = Required<VietQrProviderOptions>

const DEFAULT_EXPIRES_AFTER_MINUTES = 24 * 60
export const DEFAULT_REFERENCE_PREFIX = "OCOP"

const invalid = (option: string, problem: string) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The ${VIETQR_PROVIDER_ID} payment provider option "${option}" ${problem}`
  )

/** Checks the options given in medusa-config and fills in the defaults. */
export function resolveVietQrOptions(options: Partial<VietQrProviderOptions> | undefined): ResolvedVietQrOptions {
  const { bank_bin, account_number, account_name } = options ?? {}
  // Numeric strings are accepted because options are often read straight from the environment.
  const expires_after_minutes = Number(options?.expires_after_minutes ?? DEFAULT_EXPIRES_AFTER_MINUTES)
  const reference_prefix = options?.reference_prefix ?? DEFAULT_REFERENCE_PREFIX

  if (!bank_bin) throw invalid("bank_bin", "is missing")
  if (!/^\d{6}$/.test(bank_bin)) throw invalid("bank_bin", `must be a 6-digit NAPAS BIN, got "${bank_bin}"`)
  if (!account_number) throw invalid("account_number", "is missing")
  // EMVCo caps the account field at 19 characters; banks use digits, virtual accounts letters too.
  if (!/^[A-Za-z0-9]{1,19}$/.test(account_number)) {
    throw invalid("account_number", `must be 1 to 19 letters or digits, got "${account_number}"`)
  }
  if (!account_name?.trim()) throw invalid("account_name", "is missing")
  if (!Number.isInteger(expires_after_minutes) || expires_after_minutes <= 0) {
    throw invalid("expires_after_minutes", `must be a positive whole number, got "${options?.expires_after_minutes}"`)
  }
  // Bank apps drop punctuation from the transfer's content, so a prefix with any would not survive.
  if (!/^[A-Za-z0-9]{1,10}$/.test(reference_prefix)) {
    throw invalid("reference_prefix", `must be 1 to 10 letters or digits, got "${reference_prefix}"`)
  }

  return {
    bank_bin,
    account_number,
    account_name: account_name.trim(),
    expires_after_minutes,
    reference_prefix: reference_prefix.toUpperCase(),
  }
}
