import { MedusaError } from "@medusajs/framework/utils"
import { CsvError, parse } from "csv-parse/sync"

type CsvUpload = {
  // The delimiter whose split of the header line names the expected columns; none: not such a CSV.
  delimiterOf: (headerLine: string) => string | undefined
  // How the refusal of a file with the wrong header goes on after "is not a CSV".
  header: string
  maxRows: number
  // The error codes of a refused file and of one with too many rows, when the caller's answers carry one.
  codes?: { invalid: string; tooManyRows: string }
}

/**
 * The data rows of an uploaded CSV, each with its line in the file: UTF-8 with or without a BOM, the
 * delimiter read from the header. A file whose header is wrong, that has no rows or more than
 * `maxRows`, or that csv-parse cannot read is refused whole, naming `file`; blank rows are skipped and
 * each row is judged by the caller.
 */
export function csvRecords(text: string, upload: CsvUpload): { row: number; record: string[] }[] {
  const invalidFile = (problem: string, code = upload.codes?.invalid) =>
    new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${problem}`, code)
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
  const delimiter = upload.delimiterOf(lines[0] ?? "")
  if (!delimiter) throw invalidFile(`is not a CSV ${upload.header}`)
  // Counted before parsing, so a huge file costs no more than a split.
  const rowCount = lines.slice(1).filter((line) => line.trim()).length
  if (rowCount > upload.maxRows) {
    throw invalidFile(`has ${rowCount} rows; at most ${upload.maxRows} at a time`, upload.codes?.tooManyRows)
  }
  if (!rowCount) throw invalidFile("has a header but no rows")

  let records: { record: string[]; info: { lines: number } }[]
  try {
    // With `info`, csv-parse returns { record, info } objects; its typings only know plain rows.
    records = parse(lines.join("\n"), {
      delimiter,
      from_line: 2,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records
  } catch (error) {
    if (error instanceof CsvError) throw invalidFile(`cannot be read as CSV (${error.code})`)
    throw error
  }
  return records
    .filter(({ record }) => record.some((cell) => cell))
    .map(({ record, info }) => ({ row: info.lines, record }))
}
