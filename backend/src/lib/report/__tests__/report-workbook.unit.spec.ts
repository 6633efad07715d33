import ExcelJS from "exceljs"
import { PassThrough } from "node:stream"
import { describe, expect, it } from "vitest"
import { csvLine, writeReportCsv, writeReportWorkbook, type ReportSheet } from "../report-workbook"

type Row = { name: string; amount: number; share: number }

const sheet = (rows: Row[]): ReportSheet<Row> => ({
  name: "Doanh số",
  totals: true,
  columns: [
    { header: "Sản phẩm", width: 30, kind: "text", value: (row) => row.name },
    { header: "Doanh số (₫)", width: 16, kind: "vnd", value: (row) => row.amount },
    { header: "Tỷ lệ", width: 10, kind: "percent", value: (row) => row.share },
  ],
  rows,
})

async function collect(write: (output: PassThrough) => Promise<void>): Promise<Buffer> {
  const output = new PassThrough()
  const chunks: Buffer[] = []
  output.on("data", (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => output.on("end", resolve))
  await write(output)
  output.end()
  await ended
  return Buffer.concat(chunks)
}

describe("writeReportWorkbook", () => {
  it("writes a cover, a frozen bold header, VND and percent formats, formula-looking text as text, and totals", async () => {
    const rows = [
      { name: '=HYPERLINK("http://x")', amount: 1_250_000, share: 12.5 },
      { name: "Mật ong", amount: 750_000, share: 50 },
    ]
    const buffer = await collect((output) =>
      writeReportWorkbook(
        output,
        { title: "Doanh số", period: "2026", filters: [["Kênh", "Tất cả"]], madeAt: new Date() },
        [sheet(rows)]
      )
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Thông tin", "Doanh số"])
    expect(workbook.getWorksheet("Thông tin")!.getCell("B3").value).toBe("Tất cả")

    const data = workbook.getWorksheet("Doanh số")!
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 })
    expect(data.getRow(1).values).toEqual([undefined, "Sản phẩm", "Doanh số (₫)", "Tỷ lệ"])
    expect(data.getCell("A2").value).toBe('=HYPERLINK("http://x")')
    expect(data.getCell("A2").formula).toBeUndefined()
    expect(data.getCell("B2").numFmt).toBe('#,##0 "₫"')
    expect(data.getCell("C2").value).toBe(0.125)
    expect(data.getCell("C2").numFmt).toBe("0.0 %")
    expect(data.getRow(4).values).toEqual([undefined, "Tổng cộng", 2_000_000])
  })
})

describe("writeReportCsv", () => {
  it("writes a BOM, the header and rows, quoting and defusing formula-looking text", async () => {
    const text = (
      await collect((output) => writeReportCsv(output, sheet([{ name: '@SUM(A1), "x"', amount: 5, share: 1 }])))
    ).toString("utf8")
    expect(text).toBe('\uFEFFSản phẩm,Doanh số (₫),Tỷ lệ\r\n"\'@SUM(A1), ""x""",5,1\r\n')
    expect(csvLine([null, 0, "-1"])).toBe(",0,'-1\r\n")
  })
})
