import { useTranslations } from "next-intl"
import { FormMessages } from "@/components/producer-portal/form-messages"
import styles from "@/components/checkout/checkout.module.css"
import type { HostFormState } from "@/lib/experience-host/host-form-state"

/** A host form's outcome: a refusal the catalogue words (role=alert), the portal's usual errors, or `saved`. */
export function HostFormMessages({ state, saved }: { state: HostFormState; saved?: string }) {
  const t = useTranslations("HostExperiences")
  if (state.refusal) {
    return (
      <div role="alert" className={styles.formError}>
        <span>{t(`refusal.${state.refusal}`)}</span>
      </div>
    )
  }
  return <FormMessages state={{ ...state, errors: {} }} saved={saved} />
}
