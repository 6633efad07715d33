import { Select, clx } from "@medusajs/ui"
import { EXPIRING_WITHIN_DAYS } from "@ocop/shared"
import { PRODUCT_GROUPS, type ProductGroup } from "../../../modules/ocop/rules/product-sets"
import type { CertificateStatus } from "../../lib/ocop-types"

const ALL = "all"

const STATUS_CHOICES: { value: CertificateStatus | typeof ALL; label: string }[] = [
  { value: ALL, label: "Tất cả (All)" },
  { value: "active", label: "Đang hiệu lực (Active)" },
  { value: "expiring", label: `Sắp hết hạn (${EXPIRING_WITHIN_DAYS} ngày)` },
  { value: "expired", label: "Đã hết hạn (Expired)" },
  { value: "revoked", label: "Đã thu hồi (Revoked)" },
]

type CertificateFilterValues = { status?: string; stars?: string; group?: string }

type CertificateFiltersProps = {
  values: CertificateFilterValues
  onChange: (name: keyof CertificateFilterValues, value: string | undefined) => void
}

/** Status as a segmented control (the everyday question is "what expires soon?"), stars and group as selects. */
export const CertificateFilters = ({ values, onChange }: CertificateFiltersProps) => (
  <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
    <div
      role="group"
      aria-label="Trạng thái (Status)"
      className="bg-ui-bg-subtle flex flex-wrap gap-0.5 rounded-lg p-0.5"
    >
      {STATUS_CHOICES.map(({ value, label }) => {
        const pressed = (values.status ?? ALL) === value
        return (
          <button
            key={value}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange("status", value === ALL ? undefined : value)}
            className={clx(
              "txt-compact-small-plus rounded-md px-3 py-1.5 outline-none transition-fg focus-visible:shadow-borders-focus",
              pressed
                ? "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest"
                : "text-ui-fg-subtle hover:text-ui-fg-base"
            )}
          >
            {label}
          </button>
        )
      })}
    </div>
    <div className="flex items-center gap-x-2">
      <Select
        size="small"
        value={values.stars ?? ALL}
        onValueChange={(v) => onChange("stars", v === ALL ? undefined : v)}
      >
        <Select.Trigger aria-label="Số sao (Stars)" className="w-32">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>Mọi hạng sao</Select.Item>
          {[3, 4, 5].map((stars) => (
            <Select.Item key={stars} value={String(stars)}>
              {`${"★".repeat(stars)} ${stars} sao`}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select
        size="small"
        value={values.group ?? ALL}
        onValueChange={(v) => onChange("group", v === ALL ? undefined : v)}
      >
        <Select.Trigger aria-label="Nhóm sản phẩm (Product group)" className="w-56">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>Mọi nhóm (All groups)</Select.Item>
          {(Object.keys(PRODUCT_GROUPS) as ProductGroup[]).map((group) => (
            <Select.Item key={group} value={group}>
              {`${group}. ${PRODUCT_GROUPS[group].vi}`}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  </div>
)
