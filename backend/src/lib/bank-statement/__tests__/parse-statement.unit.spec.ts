import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { parseStatementCsv } from "../parse-statement"

function fileError(text: string): MedusaError {
  try {
    parseStatementCsv(text)
  } catch (error) {
    expect(MedusaError.isMedusaError(error as Error)).toBe(true)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    return error as MedusaError
  }
  throw new Error("expected parseStatementCsv to refuse the file")
}

describe("parseStatementCsv", () => {
  const files: [string, string, { line: number; date: string; amount: number; description: string }[]][] = [
    [
      "English headers, comma-separated, quoted grouped amounts",
      'date,amount,description\n2025-03-01,"1,250,000",OCOP7KQ2M9XA\n2025-03-02,50000,"chuyen tien, cam on"\n',
      [
        { line: 2, date: "2025-03-01", amount: 1_250_000, description: "OCOP7KQ2M9XA" },
        { line: 3, date: "2025-03-02", amount: 50_000, description: "chuyen tien, cam on" },
      ],
    ],
    [
      "Vietnamese headers, semicolons, dotted amounts, a BOM and CRLF",
      "\uFEFFNgày giao dịch;Số tiền;Nội dung\r\n01/03/2025 08:15;1.250.000;MBVCB.3278.OCOP7KQ2M9XA\r\n",
      [{ line: 2, date: "01/03/2025 08:15", amount: 1_250_000, description: "MBVCB.3278.OCOP7KQ2M9XA" }],
    ],
    [
      "headers in capitals and without diacritics, below the account's details",
      "SAO KE TAI KHOAN;0011004123456\nTu ngay;01/03/2025\n\nNGAY;SO TIEN GHI CO;DIEN GIAI\n01/03/2025;250000;OCOPAAAAAAAA\n",
      [{ line: 5, date: "01/03/2025", amount: 250_000, description: "OCOPAAAAAAAA" }],
    ],
    [
      "debit and credit columns: debits (empty credit) are skipped",
      "Ngày;Ghi nợ;Ghi có;Mô tả\n01/03;500.000;;phi dich vu\n02/03;;300.000;OCOPBBBBBBBB\n",
      [{ line: 3, date: "02/03", amount: 300_000, description: "OCOPBBBBBBBB" }],
    ],
    [
      "negative, bracketed and zero amounts are skipped",
      "date;amount;description\nd1;-500.000;out\nd2;(20.000);fee\nd3;0;nothing\nd4;+75.000;in\n",
      [{ line: 5, date: "d4", amount: 75_000, description: "in" }],
    ],
    [
      "zero fractions, spaces as separators and a currency are read as whole đồng",
      'date,amount,description\nd1,"1,250,000.00",a\nd2,"1.250.000,00 VND",b\nd3,1 250 000 đ,c\nd4,1250000.0,d\n',
      [
        { line: 2, date: "d1", amount: 1_250_000, description: "a" },
        { line: 3, date: "d2", amount: 1_250_000, description: "b" },
        { line: 4, date: "d3", amount: 1_250_000, description: "c" },
        { line: 5, date: "d4", amount: 1_250_000, description: "d" },
      ],
    ],
    [
      "a description over two lines keeps the line it starts on",
      'date;amount;description\nd1;1000;"OCOPAAAAAAAA\nsecond line"\nd2;2000;x\n',
      [
        { line: 2, date: "d1", amount: 1000, description: "OCOPAAAAAAAA\nsecond line" },
        { line: 4, date: "d2", amount: 2000, description: "x" },
      ],
    ],
    [
      "blank rows and short summary rows are passed over",
      "date;amount;description\n\n;;\nd1;1000;x\nTổng cộng\n",
      [{ line: 4, date: "d1", amount: 1000, description: "x" }],
    ],
    ["a header and no rows", "Ngày;Số tiền;Nội dung\n", []],
  ]
  it.each(files)("reads %s", (_, text, rows) => {
    expect(parseStatementCsv(text)).toEqual(rows)
  })

  const badFiles: [string, string, RegExp][] = [
    ["an empty file", " \n\n", /^file is empty$/],
    [
      "no header row",
      "01/03/2025;1000;OCOPAAAAAAAA\n",
      /^file has no header row naming the date .* amount .* description/,
    ],
    ["a header missing the amount", "Ngày;Nội dung\n01/03;x\n", /^file has no header row/],
    [
      "an amount that is not a number",
      "date;amount;description\nd1;1000;a\nd2;abc;b\n",
      /^file line 3: amount "abc" is not a number$/,
    ],
    [
      "a fraction of a đồng",
      "date;amount;description\nd1;1000.5;a\n",
      /^file line 2: amount "1000.5" is not a whole number of đồng$/,
    ],
    [
      "a mis-grouped amount",
      "date;amount;description\nd1;1.25.000;a\n",
      /^file line 2: amount "1.25.000" is not a number$/,
    ],
    [
      "one separator for groups and fraction",
      "date;amount;description\nd1;1.250.000.00;a\n",
      /^file line 2: amount .* is not a number$/,
    ],
    [
      "an unclosed quote, at the row that opens it",
      'date;amount;description\nd1;1000;ok\n\nd2;2000;"never closed\nd3;3000;x\n',
      /^file line 4: a quoted cell is never closed$/,
    ],
  ]
  it.each(badFiles)("refuses %s, saying what is wrong", (_, text, message) => {
    expect(fileError(text).message).toMatch(message)
  })
})
