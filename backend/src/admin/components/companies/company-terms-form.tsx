import { Button, Input, Select, Text } from "@medusajs/ui"
import { NET_TERMS_DAYS } from "@ocop/shared"
import { useState } from "react"
import type { CompanyDetail } from "../../lib/company-admin"
import { sdk } from "../../lib/sdk"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { FormError } from "../drawer-form-footer"
import { FormField } from "../form-field"

const wholeVnd = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN)

/**
 * The terms the office grants: days after delivery an invoice falls due, the most the company may owe,
 * and the order total above which a buyer's order waits for a company admin (empty: never waits).
 */
export const CompanyTermsForm = ({ company }: { company: CompanyDetail }) => {
  const [days, setDays] = useState(String(company.net_terms_days))
  const [limit, setLimit] = useState(String(company.credit_limit))
  const [threshold, setThreshold] = useState(
    company.approval_threshold === null ? "" : String(company.approval_threshold)
  )
  const save = useOcopMutation(
    (body: { net_terms_days: number; credit_limit: number; approval_threshold: number | null }) =>
      sdk.client.fetch(`/admin/companies/${company.id}/terms`, { method: "POST", body }),
    "Đã lưu điều khoản (Terms saved)"
  )
  const creditLimit = wholeVnd(limit)
  const approvalThreshold = threshold.trim() === "" ? null : wholeVnd(threshold)
  const invalid = Number.isNaN(creditLimit) || (approvalThreshold !== null && !(approvalThreshold > 0))

  return (
    <form
      className="flex flex-col gap-y-4 px-6 py-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (!invalid)
          save.mutate({
            net_terms_days: Number(days),
            credit_limit: creditLimit,
            approval_threshold: approvalThreshold,
          })
      }}
    >
      <FormField id="company-terms-days" label="Hạn thanh toán (Net terms)">
        <Select value={days} onValueChange={setDays}>
          <Select.Trigger id="company-terms-days">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {NET_TERMS_DAYS.map((value) => (
              <Select.Item key={value} value={String(value)}>
                {value === 0 ? "Trả trước (None)" : `${value} ngày (${value} days)`}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="company-terms-limit" label="Hạn mức công nợ, đồng (Credit limit, VND)">
        <Input id="company-terms-limit" inputMode="numeric" value={limit} onChange={(e) => setLimit(e.target.value)} />
      </FormField>
      <FormField id="company-terms-threshold" label="Đơn trên mức này cần duyệt, đồng (Approval threshold, VND)">
        <Input
          id="company-terms-threshold"
          inputMode="numeric"
          placeholder="Không cần duyệt (Never)"
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
        />
      </FormField>
      {invalid && (
        <Text size="small" className="text-ui-fg-error">
          Nhập số nguyên đồng, hạn mức từ 0, mức duyệt lớn hơn 0 (Whole VND: limit 0 or more, threshold above 0)
        </Text>
      )}
      <FormError error={save.error} />
      <div>
        <Button size="small" type="submit" isLoading={save.isPending} disabled={invalid}>
          Lưu điều khoản (Save terms)
        </Button>
      </div>
    </form>
  )
}
