const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// A Vietnamese mobile number: 0 and nine digits, or +84 in place of the 0.
const MOBILE = /^(?:0|\+84)\d{9}$/

/** Something, an @, and a domain with a dot: the backend and the mail server check the rest. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value)
}

/** The number without the spaces, dots and dashes people type to group its digits. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.()-]/g, "")
}

export function isVietnameseMobile(phone: string): boolean {
  return MOBILE.test(normalizePhone(phone))
}
