import { Button, Label, Text } from "@medusajs/ui"
import { useState } from "react"

// Medusa parses JSON bodies up to 100 KB (body-parser's default): about a thousand lines of a
// statement. A larger file is refused here, before sending, with what to do instead.
const MAX_BODY_BYTES = 100 * 1024

type Props = { pending: boolean; onImport: (csv: string) => void }

/** Picks the statement file, reads it in the browser and hands its text on if the server can take it. */
export const StatementUpload = ({ pending, onImport }: Props) => {
  const [file, setFile] = useState<File>()
  const [tooLarge, setTooLarge] = useState<string>()

  return (
    <form
      className="flex flex-wrap items-end gap-4 px-6 py-4"
      onSubmit={async (event) => {
        event.preventDefault()
        if (!file) return
        const csv = await file.text()
        const size = new Blob([JSON.stringify({ csv })]).size
        if (size > MAX_BODY_BYTES) {
          setTooLarge(
            `Tệp ${file.name} lớn ${Math.ceil(size / 1024)} KB, quá giới hạn 100 KB mỗi lần nhập: ` +
              "hãy xuất sao kê theo từng khoảng ngày ngắn hơn."
          )
          return
        }
        setTooLarge(undefined)
        onImport(csv)
      }}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="bank-statement-file" size="small" weight="plus">
          Tệp sao kê (Statement file, CSV)
        </Label>
        <input
          id="bank-statement-file"
          type="file"
          accept=".csv,text/csv"
          className="txt-small"
          onChange={(event) => {
            setFile(event.target.files?.[0])
            setTooLarge(undefined)
          }}
        />
      </div>
      <Button type="submit" size="small" disabled={!file} isLoading={pending}>
        Nhập sao kê (Import)
      </Button>
      {tooLarge && (
        <Text size="small" role="alert" className="text-ui-fg-error w-full">
          {tooLarge}
        </Text>
      )}
    </form>
  )
}
