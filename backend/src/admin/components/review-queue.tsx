import { Container, Heading, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { bilingual } from "../lib/ocop-labels"
import { LabelItems } from "./label-items"

type Props<Status extends string> = {
  title: string
  description: string
  statusLabels: Record<Status, Parameters<typeof bilingual>[0]>
  status: Status
  onStatusChange: (status: Status) => void
  error?: Error | null
  children?: ReactNode
}

/** A queue the office works through (listings, certificate scans): heading, a status filter, the rows. */
export function ReviewQueue<Status extends string>({
  title,
  description,
  statusLabels,
  status,
  onStatusChange,
  error,
  children,
}: Props<Status>) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        </div>
        <Select size="small" value={status} onValueChange={(value) => onStatusChange(value as Status)}>
          <Select.Trigger aria-label="Trạng thái (Status)" className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <LabelItems labels={statusLabels} />
          </Select.Content>
        </Select>
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {children}
    </Container>
  )
}
