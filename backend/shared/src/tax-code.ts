const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3]

/** The 10th digit of a Vietnamese tax code (mã số thuế) from its first nine, or undefined when none is valid. */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0)
  const check = 10 - (sum % 11)
  return check <= 9 ? check : undefined
}

/**
 * 10 digits with a valid check digit, or 10-3 for a dependent unit (branch): "0101234567-001".
 * The backend refuses any other; the application form says so before sending.
 */
export function isValidTaxCode(taxCode: string): boolean {
  const match = /^(\d{10})(?:-(\d{3}))?$/.exec(taxCode)
  if (!match) return false
  if (match[2] === "000") return false
  const digits = match[1]
  return taxCodeCheckDigit(digits.slice(0, 9)) === Number(digits[9])
}
