"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/producer-portal/portal.module.css"
import { MAX_POLICY_TIERS, policyErrors, policyTiers, type PolicyRow } from "@/lib/experience-host/experience-fields"
import type { HostFormState } from "@/lib/experience-host/host-form-state"

const rowsOf = (values: Record<string, string>): PolicyRow[] =>
  (values.policy_rows ?? "")
    .split(",")
    .filter(Boolean)
    .map((key) => ({
      key,
      days_before: values[`policy_${key}_days_before`] ?? "",
      refund_percent: values[`policy_${key}_refund_percent`] ?? "",
    }))

/**
 * The cancellation policy as rows (days before the start → share refunded), checked as typed with
 * `cancellationPolicyProblems` of @ocop/shared, and read back as the sentences a buyer will see.
 */
export function PolicyTiersEditor({ state }: { state: HostFormState }) {
  const t = useTranslations("HostExperiences")
  const fieldError = useTranslations("HostExperiences.fieldError")
  const [rows, setRows] = useState(() => rowsOf(state.values))
  const [nextKey, setNextKey] = useState(() => rows.reduce((max, row) => Math.max(max, Number(row.key) + 1), 0))
  const typed = rows.filter((row) => row.days_before || row.refund_percent)
  const errors = policyErrors(typed)
  const change = (key: string, name: "days_before" | "refund_percent", value: string) =>
    setRows(rows.map((row) => (row.key === key ? { ...row, [name]: value } : row)))

  return (
    <fieldset className={checkout.fieldset}>
      <legend className={checkout.legend}>{t("policy.legend")}</legend>
      <p className={styles.muted}>{t("policy.lead")}</p>
      <input type="hidden" name="policy_rows" value={rows.map((row) => row.key).join(",")} />
      {rows.map((row, index) => (
        <fieldset key={row.key} className={styles.variantRow}>
          <legend>{t("policy.row", { number: index + 1 })}</legend>
          {(["days_before", "refund_percent"] as const).map((name) => {
            const id = `policy_${row.key}_${name}`
            const code = errors[id] ?? state.errors[id]
            const error = code ? fieldError(code) : undefined
            return (
              <FormField key={name} id={id} label={t(`policy.${name}`)} error={error}>
                <input
                  id={id}
                  name={id}
                  value={row[name]}
                  onChange={(event) => change(row.key, name, event.target.value)}
                  inputMode="numeric"
                  className={checkout.input}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(id, { error })}
                />
              </FormField>
            )
          })}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => setRows(rows.filter((other) => other.key !== row.key))}
          >
            {t("policy.remove", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < MAX_POLICY_TIERS ? (
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            setRows([...rows, { key: String(nextKey), days_before: "", refund_percent: "" }])
            setNextKey(nextKey + 1)
          }}
        >
          {t("policy.add")}
        </button>
      ) : null}
      {Object.keys(errors).length ? null : (
        <div>
          <p>{t("policy.summaryHeading")}</p>
          <ul>
            {policyTiers(typed).map(({ key, tier }) => (
              <li key={key}>{t("policy.summaryTier", { days: tier.days_before, percent: tier.refund_percent })}</li>
            ))}
            <li>{t("policy.summaryRest")}</li>
          </ul>
        </div>
      )}
    </fieldset>
  )
}
