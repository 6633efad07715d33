"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import type { ParticipantKind } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/producer-portal/portal.module.css"
import { MAX_PARTICIPANT_TYPES, participantKindsFor } from "@/lib/experience-host/experience-fields"
import type { HostFormState } from "@/lib/experience-host/host-form-state"
import { HostField } from "./host-field"

type Row = { key: string; id: string; kind: string }

type ParticipantTypesEditorProps = {
  state: HostFormState
  experienceKind: string
  /** Editing: the backend keeps the types' kinds and set, so names, ages and prices change only. */
  fixedKinds: boolean
}

/**
 * Who can book and at what price (VND): adults and children (with an age range, "needs an adult"),
 * rooms for a homestay's night, a private group with its price and the places it takes.
 */
export function ParticipantTypesEditor({ state, experienceKind, fixedKinds }: ParticipantTypesEditorProps) {
  const t = useTranslations("HostExperiences")
  const fieldError = useTranslations("HostExperiences.fieldError")
  const allowed = participantKindsFor(experienceKind)
  const [rows, setRows] = useState<Row[]>(() =>
    (state.values.type_rows ?? "")
      .split(",")
      .filter(Boolean)
      .map((key) => ({ key, id: state.values[`type_${key}_id`] ?? "", kind: state.values[`type_${key}_kind`] ?? "" }))
  )
  const [nextKey, setNextKey] = useState(() => rows.reduce((max, row) => Math.max(max, Number(row.key) + 1), 0))
  const field = { state, idPrefix: "experience" }
  const listError = state.errors.type_rows ? fieldError(state.errors.type_rows) : undefined
  // A kind the experience's kind does not book (a room once it is no longer a homestay) becomes the first it does.
  const kindOf = (row: Row) =>
    fixedKinds || allowed.includes(row.kind as ParticipantKind) ? (row.kind as ParticipantKind) : allowed[0]

  return (
    <fieldset className={checkout.fieldset}>
      <legend className={checkout.legend}>{t("types.legend")}</legend>
      <p className={styles.muted}>{fixedKinds ? t("types.leadFixed") : t("types.lead")}</p>
      {listError ? <p role="alert">{listError}</p> : null}
      <input type="hidden" name="type_rows" value={rows.map((row) => row.key).join(",")} />
      {rows.map((row, index) => {
        const kind = kindOf(row)
        const at = (name: string) => `type_${row.key}_${name}`
        const kindId = `experience-${at("kind")}`
        const kindError = state.errors[at("kind")] ? fieldError(state.errors[at("kind")]) : undefined
        return (
          <fieldset key={row.key} className={styles.variantRow}>
            <legend>{t("types.row", { number: index + 1 })}</legend>
            <input type="hidden" name={at("id")} value={row.id} />
            {fixedKinds ? (
              <>
                <input type="hidden" name={at("kind")} value={kind} />
                <p>{t(`participantKind.${kind}`)}</p>
              </>
            ) : (
              <FormField id={kindId} label={t("field.participantKind")} error={kindError}>
                <select
                  id={kindId}
                  name={at("kind")}
                  value={kind}
                  onChange={(event) =>
                    setRows(
                      rows.map((other) => (other.key === row.key ? { ...other, kind: event.target.value } : other))
                    )
                  }
                  className={checkout.input}
                  aria-invalid={kindError ? true : undefined}
                  aria-describedby={describedBy(kindId, { error: kindError })}
                >
                  {allowed.map((option) => (
                    <option key={option} value={option}>
                      {t(`participantKind.${option}`)}
                    </option>
                  ))}
                </select>
              </FormField>
            )}
            <HostField {...field} name={at("name_vi")} label={t("field.participantName_vi")} />
            <HostField {...field} name={at("name_en")} label={t("field.participantName_en")} />
            <HostField
              {...field}
              name={at("price")}
              label={t(`field.price_${kind}`)}
              hint={t("hint.price")}
              inputMode="numeric"
            />
            {kind === "child" ? (
              <>
                <HostField {...field} name={at("min_age")} label={t("field.childMinAge")} inputMode="numeric" />
                <HostField {...field} name={at("max_age")} label={t("field.childMaxAge")} inputMode="numeric" />
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    name={at("needs_adult")}
                    defaultChecked={(state.values[at("needs_adult")] ?? "on") === "on"}
                  />
                  {t("field.needs_adult")}
                </label>
              </>
            ) : null}
            {kind === "group" ? (
              <HostField
                {...field}
                name={at("seats")}
                label={t("field.groupSeats")}
                hint={t("hint.groupSeats")}
                inputMode="numeric"
              />
            ) : null}
            {fixedKinds || rows.length < 2 ? null : (
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => setRows(rows.filter((other) => other.key !== row.key))}
              >
                {t("types.remove", { number: index + 1 })}
              </button>
            )}
          </fieldset>
        )
      })}
      {fixedKinds || rows.length >= MAX_PARTICIPANT_TYPES ? null : (
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            setRows([...rows, { key: String(nextKey), id: "", kind: allowed[0] }])
            setNextKey(nextKey + 1)
          }}
        >
          {t("types.add")}
        </button>
      )}
    </fieldset>
  )
}
