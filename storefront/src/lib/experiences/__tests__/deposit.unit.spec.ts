import { describe, expect, it } from "vitest"
import { createTranslator } from "use-intl/core"
import en from "../../../../messages/en.json"
import vi from "../../../../messages/vi.json"
import { formatPrice } from "../../util/money"
import { bookingDeposit } from "../deposit"

describe("bookingDeposit", () => {
  it("reads a booking's deposit and what is due on arrival; a booking paid in full has none", () => {
    expect(bookingDeposit({ deposit_total: 150_000, due_on_arrival: 350_000 })).toEqual({
      deposit: 150_000,
      due: 350_000,
    })
    expect(bookingDeposit({ deposit_total: null, due_on_arrival: null })).toBeNull()
  })
})

describe("the deposit's words", () => {
  const deposit = (messages: typeof vi, locale: "vi" | "en") =>
    createTranslator({ locale, messages, namespace: "Experience.deposit" })
  const split = { deposit: formatPrice(291_000), due: formatPrice(679_000) }

  it("says the terms on the experience's page", () => {
    expect(deposit(vi, "vi")("terms", { percent: 30 })).toBe("Đặt cọc 30 % — còn lại trả khi đến")
    expect(deposit(en, "en")("terms", { percent: 30 })).toBe("30 % deposit — rest paid on arrival")
  })

  it("says what is paid now and what on arrival, in VND", () => {
    expect(deposit(vi, "vi")("split", split)).toBe(
      "Đặt cọc trực tuyến: 291.000\u00a0₫ — còn lại trả khi đến: 679.000\u00a0₫"
    )
    expect(deposit(en, "en")("split", split)).toBe(
      "Deposit paid online: 291.000\u00a0₫ — rest paid on arrival: 679.000\u00a0₫"
    )
  })

  it("tells the host what to take on arrival, on the guest list and at check-in", () => {
    const amount = formatPrice(350_000)
    for (const [messages, locale, words] of [
      [vi, "vi", "Thu khi khách đến: 350.000\u00a0₫"],
      [en, "en", "Collect on arrival: 350.000\u00a0₫"],
    ] as const) {
      expect(
        createTranslator({ locale, messages, namespace: "HostExperiences.guests" })("dueOnArrival", { amount })
      ).toBe(words)
      expect(createTranslator({ locale, messages, namespace: "HostCheckIn" })("dueOnArrival", { amount })).toBe(words)
    }
  })
})
