import { Badge, Button, Container, Heading, Prompt, Table, Text } from "@medusajs/ui"
import { COMPARISON_SIGNS, INDICATORS, SALES_CHANNEL_LABELS, type PlanTargetView } from "@ocop/shared"
import { useNavigate, useParams } from "react-router-dom"
import { FormError } from "../../../../components/drawer-form-footer"
import { planPeriod, SCOPE_KIND_LABELS } from "../../../../components/reports/plan-labels"
import { PlanFormDrawer } from "../../../../components/reports/plan-form-drawer"
import { PlanTargetDrawer } from "../../../../components/reports/plan-target-drawer"
import { SectionRow } from "../../../../components/section-row"
import { useProvinces } from "../../../../lib/ocop-queries"
import { deletePlan, removePlanTarget, usePlan } from "../../../../lib/report-queries"
import { useOcopMutation } from "../../../../lib/use-ocop-mutation"

const number = (value: number | null) => (value === null ? "—" : value.toLocaleString("vi-VN"))

/** One plan: its fields (edit, delete) and its targets (add, edit, remove). */
const PlanPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: plan, error } = usePlan(id!)
  const provinces = useProvinces()
  const navigate = useNavigate()
  const remove = useOcopMutation(() => deletePlan(id!), "Đã xoá kế hoạch (Plan deleted)")
  const removeTarget = useOcopMutation(
    (targetId: string) => removePlanTarget(id!, targetId),
    "Đã xoá chỉ tiêu (Target removed)"
  )

  if (error) {
    return (
      <Container>
        <Text role="alert" className="text-ui-fg-error">
          {error.message}
        </Text>
      </Container>
    )
  }
  if (!plan) return null
  const provinceName = (code: string) => provinces.data?.find((p) => p.code === code)?.name ?? code
  const scopeOf = (target: PlanTargetView) =>
    `${SCOPE_KIND_LABELS[target.scope_kind].vi}: ${
      target.scope_kind === "province" ? provinceName(target.scope_code) : target.scope_code
    }`

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{plan.name}</Heading>
            {plan.demo && (
              <Badge size="2xsmall" color="orange">
                Minh hoạ (Demo)
              </Badge>
            )}
          </div>
          <div className="flex gap-x-2">
            <PlanFormDrawer key={JSON.stringify(plan)} plan={plan} />
            <Prompt>
              <Prompt.Trigger asChild>
                <Button size="small" variant="danger">
                  Xoá (Delete)
                </Button>
              </Prompt.Trigger>
              <Prompt.Content>
                <Prompt.Header>
                  <Prompt.Title>Xoá kế hoạch này? (Delete this plan?)</Prompt.Title>
                  <Prompt.Description>
                    {plan.targets.length} chỉ tiêu của kế hoạch cũng bị xoá. (Its targets go too.)
                  </Prompt.Description>
                </Prompt.Header>
                <Prompt.Footer>
                  <Prompt.Cancel>Huỷ (Cancel)</Prompt.Cancel>
                  <Prompt.Action
                    onClick={() =>
                      remove.mutateAsync(undefined).then(
                        () => navigate("/reports/plans"),
                        () => undefined
                      )
                    }
                  >
                    Xoá (Delete)
                  </Prompt.Action>
                </Prompt.Footer>
              </Prompt.Content>
            </Prompt>
          </div>
        </div>
        <FormError error={remove.error} />
        <SectionRow label="Tỉnh, thành phố (Province)" value={provinceName(plan.province_code)} />
        <SectionRow label="Số quyết định (Decision number)" value={plan.decision_number ?? "—"} />
        <SectionRow label="Ngày quyết định (Decision date)" value={plan.decision_date ?? "—"} />
        <SectionRow label="Thời kỳ (Period)" value={planPeriod(plan)} />
        <SectionRow label="Ghi chú (Note)" value={plan.note ?? "—"} />
      </Container>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h2">Chỉ tiêu: {plan.targets.length} (Targets)</Heading>
          <PlanTargetDrawer plan={plan} />
        </div>
        {removeTarget.error && (
          <div className="px-6 py-2">
            <FormError error={removeTarget.error} />
          </div>
        )}
        {plan.targets.length === 0 ? (
          <Text size="small" role="status" className="text-ui-fg-subtle px-6 py-4">
            Chưa có chỉ tiêu nào (No targets yet)
          </Text>
        ) : (
          <Table aria-label="Chỉ tiêu (Targets)">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Chỉ số (Indicator)</Table.HeaderCell>
                <Table.HeaderCell>So sánh (Comparison)</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Giá trị (Value)</Table.HeaderCell>
                <Table.HeaderCell>Hạn (Deadline)</Table.HeaderCell>
                <Table.HeaderCell>Phạm vi (Scope)</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Cơ sở (Baseline)</Table.HeaderCell>
                <Table.HeaderCell>Kênh (Channel)</Table.HeaderCell>
                <Table.HeaderCell>Nội dung (Text)</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Thao tác (Actions)</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {plan.targets.map((target) => (
                <Table.Row key={target.id}>
                  <Table.Cell className="whitespace-normal">
                    {target.indicator ? INDICATORS[target.indicator].vi : "—"}
                  </Table.Cell>
                  <Table.Cell>{target.comparison ? COMPARISON_SIGNS[target.comparison] : "—"}</Table.Cell>
                  <Table.Cell className="text-right">{number(target.value)}</Table.Cell>
                  <Table.Cell>{target.deadline}</Table.Cell>
                  <Table.Cell>{scopeOf(target)}</Table.Cell>
                  <Table.Cell className="text-right">{number(target.baseline)}</Table.Cell>
                  <Table.Cell>{target.channel ? SALES_CHANNEL_LABELS[target.channel].vi : "—"}</Table.Cell>
                  <Table.Cell className="max-w-xs whitespace-normal">{target.text_vi}</Table.Cell>
                  <Table.Cell>
                    <div className="flex gap-x-1">
                      <PlanTargetDrawer key={JSON.stringify(target)} plan={plan} target={target} />
                      <Prompt>
                        <Prompt.Trigger asChild>
                          <Button size="small" variant="transparent">
                            Xoá (Remove)
                          </Button>
                        </Prompt.Trigger>
                        <Prompt.Content>
                          <Prompt.Header>
                            <Prompt.Title>Xoá chỉ tiêu này? (Remove this target?)</Prompt.Title>
                            <Prompt.Description>{target.text_vi}</Prompt.Description>
                          </Prompt.Header>
                          <Prompt.Footer>
                            <Prompt.Cancel>Huỷ (Cancel)</Prompt.Cancel>
                            <Prompt.Action onClick={() => removeTarget.mutateAsync(target.id).catch(() => undefined)}>
                              Xoá (Remove)
                            </Prompt.Action>
                          </Prompt.Footer>
                        </Prompt.Content>
                      </Prompt>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Chi tiết kế hoạch (Plan)",
}

export default PlanPage
