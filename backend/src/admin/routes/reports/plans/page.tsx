import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { planPeriod } from "../../../components/reports/plan-labels"
import { PlanFormDrawer } from "../../../components/reports/plan-form-drawer"
import { useProvinces } from "../../../lib/ocop-queries"
import { usePlans } from "../../../lib/report-queries"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** The provinces' OCOP plans the dashboard measures; the office records and edits them here. */
const PlansPage = () => {
  const { data: plans, error, isLoading } = usePlans()
  const provinces = useProvinces()
  const provinceName = (code: string) => provinces.data?.find((p) => p.code === code)?.name ?? code

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Kế hoạch OCOP (Plans)</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-3xl">
            Kế hoạch của tỉnh và các chỉ tiêu của nó; bảng báo cáo đo kết quả theo các chỉ tiêu này.
          </Text>
        </div>
        <div className="flex items-center gap-x-4">
          <Link to="/reports" className={`${linkClass} txt-compact-small`}>
            Báo cáo (Reports)
          </Link>
          <PlanFormDrawer />
        </div>
      </div>
      {error ? (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      ) : isLoading ? (
        <Text size="small" role="status" className="px-6 py-4">
          Đang tải… (Loading)
        </Text>
      ) : !plans?.length ? (
        <Text size="small" role="status" className="text-ui-fg-subtle px-6 py-4">
          Chưa có kế hoạch nào (No plans yet)
        </Text>
      ) : (
        <Table aria-label="Kế hoạch (Plans)">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tỉnh (Province)</Table.HeaderCell>
              <Table.HeaderCell>Tên (Name)</Table.HeaderCell>
              <Table.HeaderCell>Quyết định (Decision)</Table.HeaderCell>
              <Table.HeaderCell>Thời kỳ (Period)</Table.HeaderCell>
              <Table.HeaderCell>Minh hoạ (Demo)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Chỉ tiêu (Targets)</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {plans.map((plan) => (
              <Table.Row key={plan.id}>
                <Table.Cell>{provinceName(plan.province_code)}</Table.Cell>
                <Table.Cell>
                  <Link to={`/reports/plans/${plan.id}`} className={linkClass}>
                    {plan.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{[plan.decision_number, plan.decision_date].filter(Boolean).join(" · ") || "—"}</Table.Cell>
                <Table.Cell>{planPeriod(plan)}</Table.Cell>
                <Table.Cell>
                  {plan.demo ? (
                    <Badge size="2xsmall" color="orange">
                      Minh hoạ (Demo)
                    </Badge>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">{plan.targets.length}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const handle = {
  breadcrumb: () => "Kế hoạch OCOP",
}

export default PlansPage
