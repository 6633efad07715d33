/** Vietnamese phone numbers: mobile 0[3|5|7|8|9] + 8 digits, landline 02 + 9 digits; +84 for the 0. */
const PHONE = /^(?:\+84|0)(?:[35789]\d{8}|2\d{9})$/

export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.()-]/g, "")
}

export function isValidVietnamesePhone(phone: string): boolean {
  return PHONE.test(normalizePhone(phone))
}
