// A spreadsheet runs a cell that starts with one of these as a formula (`=cmd|' /C calc'!A0`, OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * `text` safe to echo back or put in a CSV cell: a value a spreadsheet would run as a formula gets a
 * leading `'`, which shows as text. (XLSX exports write text as string cells, which never run.)
 */
export const spreadsheetText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)
