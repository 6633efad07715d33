import { QRPay } from "vietnam-qr-pay"

/** One transfer as a VietQR carries it: the receiving account, the exact amount and the purpose. */
export type VietQrTransfer = {
  /** NAPAS BIN of the receiving bank, e.g. "970436". */
  bin: string
  account: string
  /** Whole đồng. */
  amount: number
  /** What the payer's bank app pre-fills as the transfer's content. */
  purpose: string
}

export type DecodedVietQr = Partial<VietQrTransfer> & { crcValid: boolean }

/** The EMVCo payload of a dynamic VietQR, whose amount and purpose the payer cannot change. */
export function buildVietQr(transfer: VietQrTransfer): string {
  return QRPay.initVietQR({
    bankBin: transfer.bin,
    bankNumber: transfer.account,
    amount: String(transfer.amount),
    purpose: transfer.purpose,
  }).build()
}

/**
 * Reads a payload with the library's decoder. The decoder drops every field when the CRC does
 * not match, so a damaged payload's fields are read from a copy with the checksum recomputed:
 * the caller still sees what the payload claims, beside `crcValid: false`.
 */
export function decodeVietQr(payload: string): DecodedVietQr {
  const decoded = new QRPay(payload)
  const readable = decoded.isValid ? decoded : new QRPay(withRecomputedCrc(payload))
  return {
    bin: readable.consumer.bankBin,
    account: readable.consumer.bankNumber,
    amount: readable.amount === undefined ? undefined : Number(readable.amount),
    purpose: readable.additionalData.purpose,
    crcValid: decoded.isValid,
  }
}

function withRecomputedCrc(payload: string): string {
  const body = payload.slice(0, -4)
  return body + QRPay.genCRCCode(body)
}
