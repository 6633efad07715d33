import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { checkCertificateScan } from "../certificate-scan"

async function onePagePdf() {
  const document = await PDFDocument.create()
  document.addPage()
  return Buffer.from(await document.save())
}

describe("checkCertificateScan", () => {
  it("accepts a PDF that opens with a page, as application/pdf", async () => {
    expect(await checkCertificateScan(await onePagePdf())).toEqual({
      kind: "pdf",
      mime_type: "application/pdf",
      extension: "pdf",
    })
  })

  it.each([
    ["a PDF header followed by HTML", Buffer.from("%PDF-1.4\n<html><script>alert(1)</script></html>")],
    [
      "a catalogue without pages",
      Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    ],
  ])("refuses %s naming the field", async (_name, bytes) => {
    await expect(checkCertificateScan(bytes, "file")).rejects.toThrow(/^file: the PDF cannot be opened/)
  })

  it("refuses a truncated PDF", async () => {
    const pdf = await onePagePdf()
    await expect(checkCertificateScan(pdf.subarray(0, 200))).rejects.toThrow(/^file: the PDF cannot be opened/)
  })

  it("accepts a JPEG photo that decodes, as image/jpeg", async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7d44" } })
      .jpeg()
      .toBuffer()
    expect(await checkCertificateScan(jpeg)).toEqual({ kind: "jpeg", mime_type: "image/jpeg", extension: "jpg" })
  })

  it("refuses a JPEG cut in half", async () => {
    const jpeg = await sharp({
      create: { width: 640, height: 480, channels: 3, noise: { type: "gaussian", mean: 120, sigma: 30 } },
    })
      .jpeg()
      .toBuffer()
    await expect(checkCertificateScan(jpeg.subarray(0, jpeg.length / 2))).rejects.toThrow(/^file: the image is damaged/)
  })

  it("refuses what is neither a PDF nor a photo", async () => {
    await expect(checkCertificateScan(Buffer.from("<html><script>alert(1)</script></html>"))).rejects.toThrow(
      /^file: a certificate scan must be/
    )
  })
})
