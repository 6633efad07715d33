import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { decodeVietQr } from "../payload"
import { VietQrPaymentProvider } from "../service"

const options = { bank_bin: "970436", account_number: "0011004123456", account_name: "HTX OCOP Đắk Lắk" }
const provider = new VietQrPaymentProvider({}, options)

const initiate = (amount: unknown = 1_250_000, currency_code = "vnd") =>
  provider.initiatePayment({ amount: amount as number, currency_code })

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(MedusaError.isMedusaError(error as Error)).toBe(true)
  return error as MedusaError
}

describe("VietQrPaymentProvider options", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["bank_bin missing", { ...options, bank_bin: undefined }, /"bank_bin" is missing/],
    ["bank_bin not 6 digits", { ...options, bank_bin: "97043" }, /"bank_bin" must be a 6-digit NAPAS BIN/],
    ["account_number missing", { ...options, account_number: "" }, /"account_number" is missing/],
    ["account_number with punctuation", { ...options, account_number: "0011-004" }, /"account_number" must be/],
    ["account_name missing", { ...options, account_name: " " }, /"account_name" is missing/],
    ["expires_after_minutes not positive", { ...options, expires_after_minutes: 0 }, /"expires_after_minutes" must be/],
    ["reference_prefix with punctuation", { ...options, reference_prefix: "OC-OP" }, /"reference_prefix" must be/],
  ]
  it.each(cases)("refuses %s, naming the option", (_, given, message) => {
    expect(() => VietQrPaymentProvider.validateOptions(given)).toThrow(message)
    expect(() => new VietQrPaymentProvider({}, given as any)).toThrow(message)
  })

  it("is registered under the identifier vietqr", () => {
    expect(VietQrPaymentProvider.identifier).toBe("vietqr")
  })
})

describe("VietQrPaymentProvider.initiatePayment", () => {
  it("asks for the exact amount to the configured account, under a new reference", async () => {
    const before = Date.now()
    const { id, data, status } = await initiate()
    expect(status).toBe("pending")
    expect(id).toMatch(/^OCOP[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/)
    expect(data).toMatchObject({
      reference: id,
      amount: 1_250_000,
      currency_code: "vnd",
      bank_bin: "970436",
      bank_name: "Vietcombank",
      account_number: "0011004123456",
      account_name: "HTX OCOP Đắk Lắk",
    })
    expect(decodeVietQr(data!.qr_payload as string)).toEqual({
      bin: "970436",
      account: "0011004123456",
      amount: 1_250_000,
      purpose: id,
      crcValid: true,
    })
    const expiresIn = Date.parse(data!.expires_at as string) - before
    expect(expiresIn).toBeGreaterThanOrEqual(1440 * 60_000)
    expect(expiresIn).toBeLessThan(1440 * 60_000 + 5_000)
  })

  it("uses the configured prefix and expiry", async () => {
    const custom = new VietQrPaymentProvider({}, { ...options, reference_prefix: "htx", expires_after_minutes: 30 })
    const { id, data } = await custom.initiatePayment({ amount: 50_000, currency_code: "VND" })
    expect(id).toMatch(/^HTX[A-Z2-9]{8}$/)
    expect(Date.parse(data!.expires_at as string) - Date.now()).toBeLessThanOrEqual(30 * 60_000)
  })

  it("accepts Medusa's raw big-number amounts", async () => {
    const { data } = await provider.initiatePayment({
      amount: { value: "1250000", precision: 20 },
      currency_code: "vnd",
    })
    expect(data!.amount).toBe(1_250_000)
  })

  it("gives every session its own reference", async () => {
    const ids = await Promise.all(Array.from({ length: 50 }, () => initiate().then((session) => session.id)))
    expect(new Set(ids).size).toBe(50)
  })

  it("leaves the bank name empty for a BIN the library does not know", async () => {
    const unknownBank = new VietQrPaymentProvider({}, { ...options, bank_bin: "123456" })
    expect((await unknownBank.initiatePayment({ amount: 1000, currency_code: "vnd" })).data!.bank_name).toBeNull()
  })

  it("refuses a currency other than VND, naming currency_code", async () => {
    const error = await rejection(initiate(1000, "usd"))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(/^currency_code must be "vnd".*"usd"/)
  })

  const badAmounts: [string, unknown][] = [
    ["a fraction of a đồng", 1000.5],
    ["zero", 0],
    ["a negative amount", -1000],
    ["a fractional raw amount", { value: "1000.25", precision: 20 }],
    ["something that is not a number", "abc"],
  ]
  it.each(badAmounts)("refuses %s, naming amount", async (_, amount) => {
    const error = await rejection(initiate(amount))
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toMatch(/^amount must be a positive whole number of đồng/)
  })
})

describe("VietQrPaymentProvider status transitions", () => {
  it("goes pending → authorized → captured, keeping the transfer's data", async () => {
    const session = await initiate()
    const sessionData = { session_id: "payses_1", ...session.data }
    expect((await provider.getPaymentStatus({ data: sessionData })).status).toBe("pending")

    const authorized = await provider.authorizePayment({ data: sessionData })
    expect(authorized.status).toBe("authorized")
    expect(authorized.data).toMatchObject(sessionData)
    expect((await provider.getPaymentStatus({ data: authorized.data })).status).toBe("authorized")

    const captured = await provider.capturePayment({ data: authorized.data })
    expect(captured.data).toMatchObject({ ...authorized.data, paid_at: expect.any(String) })
    expect((await provider.getPaymentStatus({ data: captured.data })).status).toBe("captured")
    expect((await provider.retrievePayment({ data: captured.data })).data).toEqual(captured.data)
  })

  it("keeps the first paid_at when captured again", async () => {
    const data = { ...(await initiate()).data, paid_at: "2025-01-02T03:04:05.000Z" }
    expect((await provider.capturePayment({ data })).data!.paid_at).toBe("2025-01-02T03:04:05.000Z")
  })

  it("is canceled after cancelPayment or deletePayment", async () => {
    const { data } = await provider.authorizePayment({ data: (await initiate()).data })
    for (const cancel of [provider.cancelPayment, provider.deletePayment]) {
      const cancelled = await cancel.call(provider, { data })
      expect(cancelled.data).toMatchObject({ ...data, cancelled_at: expect.any(String) })
      expect((await provider.getPaymentStatus({ data: cancelled.data })).status).toBe("canceled")
    }
  })

  it("appends each manual refund", async () => {
    const { data } = await provider.capturePayment({ data: (await initiate()).data })
    const once = await provider.refundPayment({ data, amount: 250_000 })
    const twice = await provider.refundPayment({ data: once.data, amount: { value: "1000000", precision: 20 } })
    expect(twice.data!.refunds).toEqual([
      { amount: 250_000, refunded_at: expect.any(String) },
      { amount: 1_000_000, refunded_at: expect.any(String) },
    ])
    expect((await provider.getPaymentStatus({ data: twice.data })).status).toBe("captured")
  })

  it("re-initiates on update with the new amount and a new reference, keeping Medusa's session_id", async () => {
    const session = await initiate()
    const updated = await provider.updatePayment({
      data: { session_id: "payses_1", ...session.data },
      amount: 2_000_000,
      currency_code: "vnd",
    })
    expect(updated.status).toBe("pending")
    expect(updated.data!.session_id).toBe("payses_1")
    expect(updated.data!.reference).not.toBe(session.id)
    expect(decodeVietQr(updated.data!.qr_payload as string)).toMatchObject({
      amount: 2_000_000,
      purpose: updated.data!.reference,
      crcValid: true,
    })
  })

  it("refuses an update to another currency", async () => {
    const session = await initiate()
    const error = await rejection(provider.updatePayment({ data: session.data, amount: 10, currency_code: "eur" }))
    expect(error.message).toMatch(/^currency_code/)
  })

  it("does not support webhooks", async () => {
    expect(await provider.getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).toEqual({
      action: "not_supported",
    })
  })
})
