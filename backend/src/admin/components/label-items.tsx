import { Select } from "@medusajs/ui"
import { bilingual } from "../lib/ocop-labels"

/** One option per value of a bilingual label table ("Chờ duyệt (Pending)"), in the table's order. */
export function LabelItems<Value extends string>({
  labels,
}: {
  labels: Record<Value, Parameters<typeof bilingual>[0]>
}) {
  return (
    <>
      {(Object.keys(labels) as Value[]).map((value) => (
        <Select.Item key={value} value={value}>
          {bilingual(labels[value])}
        </Select.Item>
      ))}
    </>
  )
}
