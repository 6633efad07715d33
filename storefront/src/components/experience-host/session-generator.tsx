"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import { MAX_GENERATED_SESSIONS } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import styles from "@/components/producer-portal/portal.module.css"
import { generateHostSessions } from "@/lib/data/producer-experience-sessions"
import type { HostFormState } from "@/lib/experience-host/host-form-state"
import { previewRule, readRuleFields } from "@/lib/experience-host/session-rule"
import host from "./experience-host.module.css"
import { HostField } from "./host-field"
import { HostFormMessages } from "./host-form-messages"

// Monday first, as Vietnamese calendars print the week; the values are JavaScript's (0 = Sunday).
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const

type SessionGeneratorProps = {
  experienceId: string
  durationMinutes: number
  homestay: boolean
}

/** Sessions from a weekly rule, with the count it makes shown as it is typed (`weeklySessions`, at most 1,000). */
export function SessionGenerator({ experienceId, durationMinutes, homestay }: SessionGeneratorProps) {
  const t = useTranslations("HostExperiences.generate")
  const fieldError = useTranslations("HostExperiences.fieldError")
  const [state, formAction, pending] = useActionState<HostFormState, FormData>(generateHostSessions, {
    values: { duration_minutes: String(durationMinutes), times: homestay ? "14:00" : "08:00", weekdays: "" },
    errors: {},
  })
  const [preview, setPreview] = useState<ReturnType<typeof previewRule> | null>(null)
  const field = { state, idPrefix: "rule" }
  const weekdays = (state.values.weekdays ?? "").split(",")
  const weekdaysError = state.errors.weekdays ? fieldError(state.errors.weekdays) : undefined

  return (
    <section className={styles.section} aria-labelledby="generate-heading">
      <h2 id="generate-heading">{t("heading")}</h2>
      <p className={styles.muted}>{homestay ? t("leadHomestay") : t("lead")}</p>
      <form
        action={formAction}
        noValidate
        className={checkout.form}
        onChange={(event) => setPreview(previewRule(readRuleFields(new FormData(event.currentTarget)), new Date()))}
      >
        <input type="hidden" name="experience_id" value={experienceId} />
        <HostFormMessages
          state={state}
          saved={state.created ? t("created", { count: state.created }) : t("nothingNew")}
        />
        <div className={styles.variantRow}>
          <HostField {...field} name="from" label={t("from")} type="date" />
          <HostField {...field} name="to" label={t("to")} type="date" />
        </div>
        <fieldset className={checkout.fieldset} aria-describedby={weekdaysError ? "rule-weekdays-error" : undefined}>
          <legend>{t("weekdays")}</legend>
          <div className={host.weekdays}>
            {WEEKDAYS.map((day) => (
              <label key={day} className={styles.check}>
                <input type="checkbox" name="weekdays" value={day} defaultChecked={weekdays.includes(String(day))} />
                {t(`weekday.${day}`)}
              </label>
            ))}
          </div>
          {weekdaysError ? (
            <p id="rule-weekdays-error" className={checkout.fieldError}>
              {weekdaysError}
            </p>
          ) : null}
        </fieldset>
        <HostField {...field} name="times" label={t("times")} hint={t("timesHint")} />
        <div className={styles.variantRow}>
          <HostField
            {...field}
            name="duration_minutes"
            label={t("duration")}
            hint={homestay ? t("durationHintHomestay") : t("durationHint")}
            inputMode="numeric"
          />
          <HostField
            {...field}
            name="capacity"
            label={homestay ? t("capacityRooms") : t("capacity")}
            inputMode="numeric"
          />
        </div>
        <p role="status">
          {preview === null
            ? ""
            : preview.tooMany
              ? t("previewTooMany", { max: MAX_GENERATED_SESSIONS })
              : Object.keys(preview.errors).length
                ? t("previewIncomplete")
                : t("preview", { count: preview.count })}
        </p>
        <button type="submit" className={checkout.submit} disabled={pending}>
          {pending ? t("working") : t("submit")}
        </button>
      </form>
    </section>
  )
}
