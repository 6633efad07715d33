import { Input, Label, Select } from "@medusajs/ui"
import { SALES_CHANNELS, type SalesChannel } from "@ocop/shared"
import { PRODUCT_GROUPS, PRODUCT_SETS, type ProductGroup } from "../../../modules/ocop/rules/product-sets"
import type { ReportFilterName, ReportFilters as ReportFilterValues } from "../../lib/report-url"

const ALL = "all"

export const CHANNEL_LABELS: Record<SalesChannel, string> = {
  retail_online: "Bán lẻ trực tuyến (Retail online)",
  wholesale: "Bán buôn (Wholesale)",
  tourism: "Du lịch (Tourism)",
}

type ReportFiltersProps = {
  values: ReportFilterValues
  onChange: (name: ReportFilterName, value: string | undefined) => void
}

type Choice = { value: string; label: string }

const FilterSelect = ({
  name,
  label,
  all,
  choices,
  value,
  onChange,
  width = "w-48",
}: {
  name: ReportFilterName
  label: string
  all: string
  choices: Choice[]
  value: string | undefined
  onChange: ReportFiltersProps["onChange"]
  width?: string
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={`report-filter-${name}`} size="xsmall" weight="plus">
      {label}
    </Label>
    <Select size="small" value={value ?? ALL} onValueChange={(v) => onChange(name, v === ALL ? undefined : v)}>
      <Select.Trigger id={`report-filter-${name}`} data-testid={`report-filter-${name}`} className={width}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{all}</Select.Item>
        {choices.map((choice) => (
          <Select.Item key={choice.value} value={choice.value}>
            {choice.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** Period, group, product set, stars and channel: every one kept in the URL by the page. */
export const ReportFilters = ({ values, onChange }: ReportFiltersProps) => {
  const sets = Object.entries(PRODUCT_SETS).filter(([, set]) => !values.group || set.group === values.group)
  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-4" role="group" aria-label="Bộ lọc báo cáo (Filters)">
      {(["from", "to"] as const).map((name) => (
        <div key={name} className="flex flex-col gap-y-1">
          <Label htmlFor={`report-filter-${name}`} size="xsmall" weight="plus">
            {name === "from" ? "Từ ngày (From)" : "Đến ngày (To)"}
          </Label>
          <Input
            id={`report-filter-${name}`}
            data-testid={`report-filter-${name}`}
            type="date"
            size="small"
            value={values[name] ?? ""}
            onChange={(event) => onChange(name, event.target.value || undefined)}
          />
        </div>
      ))}
      <FilterSelect
        name="group"
        label="Nhóm (Group)"
        all="Mọi nhóm"
        value={values.group}
        onChange={onChange}
        choices={(Object.keys(PRODUCT_GROUPS) as ProductGroup[]).map((group) => ({
          value: group,
          label: `${group}. ${PRODUCT_GROUPS[group].vi}`,
        }))}
        width="w-56"
      />
      <FilterSelect
        name="product_set"
        label="Bộ sản phẩm (Product set)"
        all="Mọi bộ sản phẩm"
        value={values.product_set}
        onChange={onChange}
        choices={sets.map(([code, set]) => ({ value: code, label: `${code}. ${set.vi}` }))}
        width="w-56"
      />
      <FilterSelect
        name="stars"
        label="Hạng sao (Stars)"
        all="Mọi hạng sao"
        value={values.stars}
        onChange={onChange}
        choices={[3, 4, 5].map((stars) => ({ value: String(stars), label: `${"★".repeat(stars)} ${stars} sao` }))}
        width="w-36"
      />
      <FilterSelect
        name="channel"
        label="Kênh bán (Channel)"
        all="Mọi kênh"
        value={values.channel}
        onChange={onChange}
        choices={SALES_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
      />
    </div>
  )
}
