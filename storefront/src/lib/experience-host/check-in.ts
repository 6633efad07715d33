/** A voucher's code as its QR holds it: 32 hexadecimal characters (16 random bytes). */
const VOUCHER_CODE = /^[0-9a-f]{32}$/

/**
 * A code as the host typed or the camera read it: spaces, dashes and capitals left out (a code read
 * aloud or copied in groups); null when what remains cannot be a voucher's code.
 */
export function voucherCode(value: string): string | null {
  const code = value.replace(/[\s-]+/g, "").toLowerCase()
  return VOUCHER_CODE.test(code) ? code : null
}

/** The last 6 characters a guest list shows of a voucher, enough to match the guest's screen. */
export const voucherTail = (code: string | null) => (code ? code.slice(-6).toUpperCase() : null)

/** Message keys under `HostCheckIn.answer`. */
export type CheckInAnswer = "checkedIn" | "alreadyCheckedIn" | "invalid" | "badCode" | "generic"

/** The answer the page shows for the backend's refusal code (never for its words). */
export function checkInAnswerOf(code: string | undefined, status: number | undefined): CheckInAnswer {
  if (code === "voucher_already_checked_in") return "alreadyCheckedIn"
  if (code === "voucher_invalid" || code === "invalid_code" || status === 404) return "invalid"
  return "generic"
}
