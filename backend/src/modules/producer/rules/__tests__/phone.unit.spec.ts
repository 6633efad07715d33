import { describe, expect, it } from "vitest"
import { isValidVietnamesePhone } from "../phone"

describe("Vietnamese phone numbers", () => {
  it.each(["0912345678", "0387654321", "+84912345678", "091 234 5678", "02153823456", "+842153823456"])(
    "accepts %s",
    (phone) => expect(isValidVietnamesePhone(phone)).toBe(true)
  )

  it.each(["091234567", "09123456789", "0112345678", "+8491234567", "84912345678", "phone", "0212345678"])(
    "rejects %s",
    (phone) => expect(isValidVietnamesePhone(phone)).toBe(false)
  )
})
