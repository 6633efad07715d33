"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { EXPERIENCE_KINDS } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/producer-portal/portal.module.css"
import { createHostExperience, updateHostExperience } from "@/lib/data/producer-experiences"
import type { HostFormState } from "@/lib/experience-host/host-form-state"
import { ExperienceRulesFields } from "./experience-rules-fields"
import { HostField } from "./host-field"
import { HostFormMessages } from "./host-form-messages"
import { ParticipantTypesEditor } from "./participant-types-editor"
import { PolicyTiersEditor } from "./policy-tiers-editor"

type ExperienceFormProps = {
  /** The form's values (`shownExperience`): a new experience's defaults, or the one being edited. */
  initial: Record<string, string>
  /** Set when editing: kind and participant kinds are then fixed. */
  experienceId?: string
}

/** Creating or editing an experience: texts, meeting point, rules, cancellation policy, participant types. */
export function ExperienceForm({ initial, experienceId }: ExperienceFormProps) {
  const t = useTranslations("HostExperiences")
  const tKind = useTranslations("HostExperiences.kind")
  const fieldError = useTranslations("HostExperiences.fieldError")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState<HostFormState, FormData>(
    experienceId ? updateHostExperience : createHostExperience,
    { values: initial, errors: {} }
  )
  const [kind, setKind] = useState(state.values.kind)
  const field = { state, idPrefix: "experience" }
  const kindError = state.errors.kind ? fieldError(state.errors.kind) : undefined

  return (
    <form action={formAction} noValidate className={checkout.form}>
      <input type="hidden" name="locale" value={locale} />
      {experienceId ? <input type="hidden" name="experience_id" value={experienceId} /> : null}
      <HostFormMessages state={state} saved={t("form.saved")} />
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("form.aboutLegend")}</legend>
        {experienceId ? (
          <>
            <input type="hidden" name="kind" value={kind} />
            <p>{t("form.kindFixed", { kind: tKind(kind as (typeof EXPERIENCE_KINDS)[number]) })}</p>
          </>
        ) : (
          <FormField id="experience-kind" label={t("field.kind")} error={kindError}>
            <select
              id="experience-kind"
              name="kind"
              value={kind}
              onChange={(event) => setKind(event.target.value)}
              className={checkout.input}
              aria-invalid={kindError ? true : undefined}
              aria-describedby={describedBy("experience-kind", { error: kindError })}
            >
              {EXPERIENCE_KINDS.map((option) => (
                <option key={option} value={option}>
                  {tKind(option)}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <HostField {...field} name="title_vi" label={t("field.title_vi")} />
        <HostField {...field} name="title_en" label={t("field.title_en")} />
        <HostField {...field} name="description_vi" label={t("field.description_vi")} multiline />
        <HostField {...field} name="description_en" label={t("field.description_en")} multiline />
        <HostField {...field} name="included_vi" label={t("field.included_vi")} hint={t("hint.lines")} multiline />
        <HostField {...field} name="included_en" label={t("field.included_en")} hint={t("hint.lines")} multiline />
        <HostField {...field} name="excluded_vi" label={t("field.excluded_vi")} hint={t("hint.lines")} multiline />
        <HostField {...field} name="excluded_en" label={t("field.excluded_en")} hint={t("hint.lines")} multiline />
      </fieldset>
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("form.meetingLegend")}</legend>
        <HostField {...field} name="meeting_address" label={t("field.meeting_address")} />
        <div className={styles.variantRow}>
          <HostField
            {...field}
            name="meeting_lat"
            label={t("field.meeting_lat")}
            hint={t("hint.latitude")}
            inputMode="decimal"
          />
          <HostField
            {...field}
            name="meeting_lng"
            label={t("field.meeting_lng")}
            hint={t("hint.longitude")}
            inputMode="decimal"
          />
        </div>
      </fieldset>
      <ExperienceRulesFields state={state} />
      <PolicyTiersEditor state={state} />
      <ParticipantTypesEditor state={state} experienceKind={kind} fixedKinds={!!experienceId} />
      <button type="submit" className={checkout.submit} disabled={pending}>
        {pending ? t("form.working") : experienceId ? t("form.save") : t("form.create")}
      </button>
    </form>
  )
}
