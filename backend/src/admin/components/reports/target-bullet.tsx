import { Badge, Text } from "@medusajs/ui"
import { COMPARISON_SIGNS, INDICATORS, type IndicatorCode, type TargetProgressView } from "@ocop/shared"
import { bulletGeometry } from "../../lib/report-bullet"
import { formatDate } from "../../lib/ocop-labels"
import { formatFraction, formatIndicatorValue, indicatorLabel } from "../../lib/report-format"
import { targetStateLabel } from "../../lib/report-state"

const BAR_COLORS = {
  green: "bg-ui-tag-green-icon",
  orange: "bg-ui-tag-orange-icon",
  red: "bg-ui-tag-red-icon",
  grey: "bg-ui-tag-neutral-icon",
}

type TargetBulletProps = {
  target: TargetProgressView & { indicator: IndicatorCode; value: number }
  scopeName: string
  now: Date
  onOpen: (target: TargetProgressView) => void
}

/**
 * One measured target: the actual as a bar, the target as a tall mark, the baseline as a short one;
 * the state in words beside its colour. The figure opens the drill-down of the rows behind it.
 */
export const TargetBullet = ({ target, scopeName, now, onOpen }: TargetBulletProps) => {
  const unit = INDICATORS[target.indicator].unit
  const geometry = bulletGeometry({ unit, actual: target.actual, value: target.value, baseline: target.baseline })
  const state = targetStateLabel(target.state, target.deadline, now)
  const actual = formatIndicatorValue(unit, target.actual)
  const goal = `${COMPARISON_SIGNS[target.comparison ?? "gte"]} ${formatIndicatorValue(unit, target.value)}`
  const fraction = formatFraction(target.numerator, target.denominator)
  return (
    <li
      className="flex flex-col gap-y-2 px-6 py-4"
      data-testid="report-bullet"
      data-indicator={target.indicator}
      data-state={target.state}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Text size="small" weight="plus">
            {indicatorLabel(target.indicator)}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {`${target.text_vi} · ${scopeName} · hạn ${formatDate(target.deadline)}`}
          </Text>
        </div>
        <Badge size="2xsmall" color={state.color} data-testid="report-bullet-state">
          {`${state.vi} (${state.en})`}
        </Badge>
      </div>
      <div
        className="bg-ui-bg-subtle relative h-5 w-full overflow-hidden rounded"
        role="img"
        aria-label={`Thực tế ${actual}, mục tiêu ${goal}${target.baseline !== null ? `, cơ sở ${formatIndicatorValue(unit, target.baseline)}` : ""}`}
      >
        <div
          className={`absolute top-1 h-3 rounded-sm ${BAR_COLORS[state.color]}`}
          style={{ left: `${geometry.bar.left}%`, width: `${geometry.bar.width}%` }}
        />
        {geometry.baseline !== null && (
          <div className="bg-ui-fg-muted absolute top-1.5 h-2 w-0.5" style={{ left: `${geometry.baseline}%` }} />
        )}
        <div className="bg-ui-fg-base absolute top-0 h-5 w-1" style={{ left: `calc(${geometry.target}% - 2px)` }} />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <button
          type="button"
          onClick={() => onOpen(target)}
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover rounded outline-none focus-visible:shadow-borders-focus"
          data-testid="report-bullet-actual"
          aria-label={`Thực tế ${actual}: xem chi tiết theo địa bàn`}
        >
          {actual}
        </button>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {`Mục tiêu ${goal}`}
          {target.baseline !== null ? ` · cơ sở ${formatIndicatorValue(unit, target.baseline)}` : ""}
          {fraction ? ` · ${fraction}` : ""}
        </Text>
      </div>
    </li>
  )
}
