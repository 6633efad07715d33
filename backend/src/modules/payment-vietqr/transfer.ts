import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { Banks } from "vietnam-qr-pay"
import type { ResolvedVietQrOptions } from "./options"
import { buildVietQr } from "./payload"
import { makeReference } from "./reference"

/** What a VietQR payment session and payment keep in their `data`. */
export type BankTransferData = {
  reference: string
  amount: number
  currency_code: "vnd"
  bank_bin: string
  bank_name: string | null
  account_number: string
  account_name: string
  qr_payload: string
  expires_at: string
  authorized_at?: string
  paid_at?: string
  cancelled_at?: string
  refunds?: { amount: number; refunded_at: string }[]
}

/** Whole đồng from Medusa's amount: VND has no minor unit, so a fraction is a wrong amount, not one to round. */
export function toWholeDong(amount: BigNumberInput, field = "amount"): number {
  const value = MathBN.convert(amount)
  if (!value.isFinite() || !value.isInteger() || value.lte(0)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} must be a positive whole number of đồng, got ${value.isNaN() ? JSON.stringify(amount) : value.toString()}`
    )
  }
  return value.toNumber()
}

// The library also lists retired entries under a BIN that moved, so the current one is preferred.
function bankName(bin: string): string | null {
  const banks = Banks.filter((bank) => bank.bin === bin)
  const bank = banks.find((b) => !b.deprecated) ?? banks[0]
  return bank?.shortName ?? null
}

/** A new transfer to ask the customer for: a fresh reference and the QR that carries it. */
export function newBankTransfer(
  options: ResolvedVietQrOptions,
  input: { amount: BigNumberInput; currency_code: string },
  now = new Date()
): BankTransferData {
  if (input.currency_code?.toLowerCase() !== "vnd") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `currency_code must be "vnd" for a VietQR bank transfer, got "${input.currency_code}"`
    )
  }
  const amount = toWholeDong(input.amount)
  const reference = makeReference(options.reference_prefix)
  return {
    reference,
    amount,
    currency_code: "vnd",
    bank_bin: options.bank_bin,
    bank_name: bankName(options.bank_bin),
    account_number: options.account_number,
    account_name: options.account_name,
    qr_payload: buildVietQr({ bin: options.bank_bin, account: options.account_number, amount, purpose: reference }),
    expires_at: new Date(now.getTime() + options.expires_after_minutes * 60_000).toISOString(),
  }
}
