import { useTranslations } from "next-intl"
import type { PortalFormState } from "@/lib/producer-portal/form-state"
import styles from "@/components/checkout/checkout.module.css"

/** A form's outcome: what went wrong (role=alert, with the server's own words), or that it was saved (role=status). */
export function FormMessages({ state, saved }: { state: PortalFormState; saved?: string }) {
  const t = useTranslations("ProducerPortal")
  if (state.error) {
    return (
      <div role="alert" className={styles.formError}>
        <span>{t(`error.${state.error}`, { minutes: state.retryMinutes ?? 1 })}</span>
        {state.detail ? <span>{t("serverSaid", { detail: state.detail })}</span> : null}
      </div>
    )
  }
  if (state.saved && saved) return <p role="status">{saved}</p>
  return null
}
