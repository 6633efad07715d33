import { extractReferences } from "../../modules/payment-vietqr/reference"
import type { StatementRow } from "./parse-statement"

/** A VietQR payment waiting for (or already given) its transfer. */
export type ExpectedTransfer = {
  reference: string
  amount: number
  payment_id: string
  order_id?: string
  paid: boolean
}

export type MatchedTransfer = {
  line: number
  reference: string
  amount: number
  payment_id: string
  order_id?: string
}

export type MismatchReason =
  "no_reference" | "unknown_reference" | "amount_differs" | "already_paid" | "duplicate" | "several_references"

/** A credit that needs a person: it is never applied to an order by itself. */
export type StatementMismatch = {
  line: number
  reference?: string
  amount: number
  description: string
  reason: MismatchReason
  /** With amount_differs: what the order asked for. */
  expected_amount?: number
}

/** Every reference the statement's credits name: the only transfers worth looking up. */
export function statementReferences(rows: StatementRow[], prefix: string): string[] {
  return [...new Set(rows.flatMap((row) => extractReferences(row.description, prefix)))]
}

/**
 * Pairs a statement's credits with the transfers we wait for. A credit matches only when its
 * description names exactly one reference, that reference is ours and unpaid, and the amount is
 * exactly the one asked for; everything else is listed for the operator with the reason.
 */
export function matchStatement(
  rows: StatementRow[],
  expected: ExpectedTransfer[],
  prefix: string
): { matched: MatchedTransfer[]; mismatches: StatementMismatch[] } {
  const byReference = new Map<string, ExpectedTransfer>()
  for (const transfer of expected) {
    const reference = transfer.reference.toUpperCase()
    if (!byReference.has(reference)) byReference.set(reference, transfer)
  }
  const matchedInFile = new Set<string>()
  const matched: MatchedTransfer[] = []
  const mismatches: StatementMismatch[] = []

  for (const row of rows) {
    const mismatch = (reason: MismatchReason, extra: Partial<StatementMismatch> = {}) =>
      mismatches.push({ line: row.line, amount: row.amount, description: row.description, reason, ...extra })

    const references = extractReferences(row.description, prefix)
    if (references.length === 0) {
      mismatch("no_reference")
      continue
    }
    if (references.length > 1) {
      mismatch("several_references")
      continue
    }
    const [reference] = references
    const transfer = byReference.get(reference)
    if (!transfer) {
      mismatch("unknown_reference", { reference })
    } else if (transfer.paid) {
      mismatch("already_paid", { reference })
    } else if (matchedInFile.has(reference)) {
      mismatch("duplicate", { reference })
    } else if (row.amount !== transfer.amount) {
      mismatch("amount_differs", { reference, expected_amount: transfer.amount })
    } else {
      matchedInFile.add(reference)
      matched.push({
        line: row.line,
        reference,
        amount: row.amount,
        payment_id: transfer.payment_id,
        order_id: transfer.order_id,
      })
    }
  }
  return { matched, mismatches }
}
