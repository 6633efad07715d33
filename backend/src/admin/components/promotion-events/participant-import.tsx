import { Button, Heading, Label, Table, Text } from "@medusajs/ui"
import type { PromotionEventImportView } from "@ocop/shared"
import { useState } from "react"
import { importParticipants } from "../../lib/promotion-event-queries"
import { bilingual } from "../../lib/ocop-labels"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { FormError } from "../drawer-form-footer"
import { IMPORT_REASON_LABELS } from "./promotion-event-labels"

/**
 * The organiser's participant list as a CSV: a column "product_code" (or "mã sản phẩm") holding each
 * product's handle or OCOP certificate number, optionally "producer_name" (or "chủ thể"). Good rows
 * are added; every refused row is listed with its line number and why.
 */
export const ParticipantImport = ({ eventId }: { eventId: string }) => {
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<PromotionEventImportView | null>(null)
  const upload = useOcopMutation(
    async (chosen: File) => importParticipants(eventId, await chosen.text()),
    "Đã nhập danh sách (List imported)"
  )
  const refused = result?.rows.filter((row) => row.status === "refused") ?? []

  return (
    <section className="flex flex-col gap-y-3 px-6 py-4" aria-labelledby="participant-import-heading">
      <Heading level="h2" id="participant-import-heading">
        Nhập danh sách từ CSV (Import a CSV)
      </Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Cột đầu: mã sản phẩm (handle) hoặc số giấy chứng nhận OCOP; cột sau (không bắt buộc): tên chủ thể. Tối đa 5.000
        dòng. (First column: product handle or OCOP certificate number; optional second: producer name.)
      </Text>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault()
          if (file) upload.mutateAsync(file).then(setResult, () => setResult(null))
        }}
      >
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="participant-csv" size="small" weight="plus">
            Tệp CSV (CSV file)
          </Label>
          <input
            id="participant-csv"
            type="file"
            accept=".csv,text/csv"
            className="txt-compact-small"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <Button size="small" type="submit" disabled={!file} isLoading={upload.isPending}>
          Nhập (Import)
        </Button>
      </form>
      <FormError error={upload.error} />
      {result && (
        <div className="flex flex-col gap-y-2" role="status">
          <Text size="small" weight="plus">
            Đã thêm {result.added} sản phẩm, {result.refused} dòng không thêm được (Added {result.added}, refused{" "}
            {result.refused})
          </Text>
          {refused.length > 0 && (
            <Table aria-label="Dòng không thêm được (Refused rows)">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Dòng (Row)</Table.HeaderCell>
                  <Table.HeaderCell>Mã (Code)</Table.HeaderCell>
                  <Table.HeaderCell>Lý do (Reason)</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {refused.map((row) => (
                  <Table.Row key={row.row}>
                    <Table.Cell>{row.row}</Table.Cell>
                    <Table.Cell>{row.code || "–"}</Table.Cell>
                    <Table.Cell>{row.reason ? bilingual(IMPORT_REASON_LABELS[row.reason]) : ""}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </div>
      )}
    </section>
  )
}
