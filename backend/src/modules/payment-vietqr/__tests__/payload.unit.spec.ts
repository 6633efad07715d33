import { describe, expect, it } from "vitest"
import { QRPay } from "vietnam-qr-pay"
import { buildVietQr, decodeVietQr } from "../payload"

const transfer = { bin: "970436", account: "0011004123456", amount: 1_250_000, purpose: "OCOP7KQ2M9XA" }

describe("buildVietQr", () => {
  it("decodes with the library's decoder to the account, the exact amount and the reference", () => {
    const payload = buildVietQr(transfer)
    const decoded = new QRPay(payload)
    expect(decoded.isValid).toBe(true)
    expect(decoded.provider.name).toBe("VIETQR")
    expect(decoded.initMethod).toBe("12")
    expect(decoded.currency).toBe("704")
    expect(decoded.consumer.bankBin).toBe("970436")
    expect(decoded.consumer.bankNumber).toBe("0011004123456")
    expect(decoded.amount).toBe("1250000")
    expect(decoded.additionalData.purpose).toBe("OCOP7KQ2M9XA")
    expect(decoded.crc).toBe(payload.slice(-4))
  })
})

describe("decodeVietQr", () => {
  it("reads back what was built, with a valid CRC", () => {
    expect(decodeVietQr(buildVietQr(transfer))).toEqual({ ...transfer, crcValid: true })
  })

  it("reads the library's own example", () => {
    const example =
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6"
    expect(decodeVietQr(example)).toEqual({
      bin: "970416",
      account: "257678859",
      amount: 10000,
      purpose: "Chuyen tien",
      crcValid: true,
    })
  })

  it("fails the CRC of a payload whose amount was changed, and still shows what it claims", () => {
    const tampered = buildVietQr(transfer).replace("54071250000", "54079250000")
    expect(tampered).not.toBe(buildVietQr(transfer))
    expect(decodeVietQr(tampered)).toEqual({ ...transfer, amount: 9_250_000, crcValid: false })
  })

  it("fails the CRC of a payload whose checksum was changed", () => {
    const payload = buildVietQr(transfer)
    const wrongCrc = payload.slice(0, -4) + (payload.endsWith("0000") ? "0001" : "0000")
    expect(decodeVietQr(wrongCrc).crcValid).toBe(false)
  })
})
