import { describe, expect, it } from "vitest"
import { bookingConfirmedEmail, type ConfirmedBookingText } from "../booking-emails"

const booking = (over: Partial<ConfirmedBookingText> = {}): ConfirmedBookingText => ({
  locale: "vi",
  title: "Homestay nhà sàn Thái",
  starts_at: new Date("2027-01-20T07:00:00Z"),
  nights: 2,
  seats: 2,
  meeting_address: "Bản Mường Phăng, Điện Biên",
  voucher_code: "0123456789abcdef0123456789abcdef",
  awaiting_host: false,
  ...over,
})

describe("bookingConfirmedEmail", () => {
  it("says what was paid as a deposit and what is paid to the host on arrival", () => {
    const { text } = bookingConfirmedEmail(booking({ deposit: { deposit_total: 270_000, due_on_arrival: 630_000 } }))
    expect(text).toMatch(/Đặt cọc trực tuyến: 270\.000\s₫ — còn lại trả khi đến: 630\.000\s₫/)
    const en = bookingConfirmedEmail(
      booking({ locale: "en", deposit: { deposit_total: 270_000, due_on_arrival: 630_000 } })
    )
    expect(en.text).toMatch(/Deposit paid online: 270\.000\s₫ — rest paid on arrival: 630\.000\s₫/)
  })

  it("says nothing of a deposit for a booking paid in full", () => {
    const { text } = bookingConfirmedEmail(booking())
    expect(text).not.toMatch(/cọc|trả khi đến/)
    expect(text).toContain("0123456789abcdef0123456789abcdef")
  })
})
