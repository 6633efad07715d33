import { Heading, Text } from "@medusajs/ui"
import type { IndicatorCode, TargetProgressView } from "@ocop/shared"
import { formatDate } from "../../lib/ocop-labels"
import { TargetBullet } from "./target-bullet"

type MeasuredTarget = TargetProgressView & { indicator: IndicatorCode; value: number }

const isMeasured = (target: TargetProgressView): target is MeasuredTarget =>
  target.indicator !== null && target.value !== null

type TargetsSectionProps = {
  targets: TargetProgressView[]
  scopeName: (target: TargetProgressView) => string
  now: Date
  onOpen: (target: TargetProgressView) => void
}

/** The plan's targets: a bullet bar for each one the marketplace measures, the others in the plan's words. */
export const TargetsSection = ({ targets, scopeName, now, onOpen }: TargetsSectionProps) => {
  const ordered = [...targets].sort((a, b) => a.rank - b.rank)
  const measured = ordered.filter(isMeasured)
  const textOnly = ordered.filter((target) => !isMeasured(target))
  return (
    <section aria-labelledby="report-targets">
      <div className="px-6 pt-4">
        <Heading level="h2" id="report-targets">
          Chỉ tiêu và kết quả (Targets and actuals)
        </Heading>
      </div>
      {measured.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Kế hoạch chưa có chỉ tiêu đo được (No measurable targets).
        </Text>
      )}
      <ul className="divide-y">
        {measured.map((target) => (
          <TargetBullet key={target.id} target={target} scopeName={scopeName(target)} now={now} onOpen={onOpen} />
        ))}
      </ul>
      {textOnly.length > 0 && (
        <div className="px-6 py-4">
          <Heading level="h3">Chỉ tiêu không đo trên sàn (Targets the marketplace does not measure)</Heading>
          <ul className="mt-2 list-disc pl-5" data-testid="report-text-targets">
            {textOnly.map((target) => (
              <li key={target.id}>
                <Text size="small">{`${target.text_vi} (hạn ${formatDate(target.deadline)})`}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
