import { Heading, Label, Select } from "@medusajs/ui"
import { exportLinks, SALES_EXPORT_BY, type ReportFilters, type SalesExportBy } from "../../lib/report-url"

const BY_LABELS: Record<SalesExportBy, string> = {
  group: "Nhóm sản phẩm",
  product_set: "Bộ sản phẩm",
  stars: "Hạng sao",
  district: "Huyện (cũ)",
  producer: "Chủ thể",
  channel: "Kênh bán",
  month: "Tháng",
}

type ExportLinksProps = {
  backendUrl: string
  planId: string
  filters: ReportFilters
  salesBy: SalesExportBy
  onSalesByChange: (by: SalesExportBy) => void
}

/** The downloads of what the page shows: plain links, which carry the admin's session cookie. */
export const ExportLinks = ({ backendUrl, planId, filters, salesBy, onSalesByChange }: ExportLinksProps) => (
  <section aria-labelledby="report-exports" className="flex flex-col gap-y-3 px-6 py-4">
    <Heading level="h2" id="report-exports">
      Tải báo cáo (Exports)
    </Heading>
    <div className="flex flex-wrap items-end gap-4">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="report-sales-by" size="xsmall" weight="plus">
          Doanh số theo (Sales by)
        </Label>
        <Select size="small" value={salesBy} onValueChange={(v) => onSalesByChange(v as SalesExportBy)}>
          <Select.Trigger id="report-sales-by" data-testid="report-sales-by" className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {SALES_EXPORT_BY.map((by) => (
              <Select.Item key={by} value={by}>
                {BY_LABELS[by]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {exportLinks(backendUrl, planId, filters, salesBy).map((link) => (
        <a
          key={link.key}
          href={link.href}
          download
          data-testid={`report-export-${link.key}`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover rounded outline-none focus-visible:shadow-borders-focus"
        >
          {link.label}
        </a>
      ))}
    </div>
  </section>
)
