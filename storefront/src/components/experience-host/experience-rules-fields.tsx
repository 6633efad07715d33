import { useTranslations } from "next-intl"
import { CONFIRMATION_MODES } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import styles from "@/components/producer-portal/portal.module.css"
import { GUIDE_LANGUAGES } from "@/lib/experience-host/experience-fields"
import type { HostFormState } from "@/lib/experience-host/host-form-state"
import { HostField } from "./host-field"

/** How long it lasts, in which languages, for whom, and how it is booked and paid. */
export function ExperienceRulesFields({ state }: { state: HostFormState }) {
  const t = useTranslations("HostExperiences")
  const field = { state, idPrefix: "experience" }
  const languages = (state.values.languages ?? "").split(",")
  return (
    <>
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("form.practicalLegend")}</legend>
        <HostField
          {...field}
          name="duration_minutes"
          label={t("field.duration_minutes")}
          hint={t("hint.duration")}
          inputMode="numeric"
        />
        <fieldset className={checkout.fieldset}>
          <legend>{t("field.languages")}</legend>
          {GUIDE_LANGUAGES.map((language) => (
            <label key={language} className={styles.check}>
              <input type="checkbox" name="languages" value={language} defaultChecked={languages.includes(language)} />
              {t(`language.${language}`)}
            </label>
          ))}
        </fieldset>
        <HostField {...field} name="min_age" label={t("field.min_age")} hint={t("hint.optional")} inputMode="numeric" />
        <HostField
          {...field}
          name="min_participants"
          label={t("field.min_participants")}
          hint={t("hint.minParticipants")}
          inputMode="numeric"
        />
      </fieldset>
      <fieldset className={checkout.fieldset}>
        <legend className={checkout.legend}>{t("form.bookingLegend")}</legend>
        <fieldset className={checkout.fieldset}>
          <legend>{t("field.confirmation")}</legend>
          {CONFIRMATION_MODES.map((mode) => (
            <label key={mode} className={styles.check}>
              <input
                type="radio"
                name="confirmation"
                value={mode}
                defaultChecked={state.values.confirmation === mode}
              />
              {t(`confirmation.${mode}`)}
            </label>
          ))}
        </fieldset>
        <HostField
          {...field}
          name="cutoff_hours"
          label={t("field.cutoff_hours")}
          hint={t("hint.cutoff")}
          inputMode="numeric"
        />
        <label className={styles.check}>
          <input type="checkbox" name="pay_on_arrival" defaultChecked={state.values.pay_on_arrival === "on"} />
          {t("field.pay_on_arrival")}
        </label>
        <HostField
          {...field}
          name="deposit_percent"
          label={t("field.deposit_percent")}
          hint={t("hint.deposit")}
          inputMode="numeric"
        />
      </fieldset>
    </>
  )
}
