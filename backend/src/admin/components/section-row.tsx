import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One label and its value, as in the dashboard's own detail sections. */
export const SectionRow = ({ label, value }: { label: string; value: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base break-words">{value ?? "–"}</div>
  </div>
)
