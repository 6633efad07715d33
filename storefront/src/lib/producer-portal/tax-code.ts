const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3]

/**
 * A Vietnamese tax code (mã số thuế): 10 digits whose last is the check digit of the first nine,
 * optionally -NNN for a branch. The backend checks the same; the form says so before sending.
 */
export function isValidTaxCode(taxCode: string): boolean {
  const match = /^(\d{10})(?:-(\d{3}))?$/.exec(taxCode)
  if (!match || match[2] === "000") return false
  const digits = match[1]
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0)
  const check = 10 - (sum % 11)
  return check <= 9 && check === Number(digits[9])
}
