"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { ProducerPaymentStatus } from "@ocop/shared"
import checkout from "@/components/checkout/checkout.module.css"
import { advanceProducerOrder } from "@/lib/data/producer-orders"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { nextOrderSteps } from "@/lib/producer-portal/order-steps"
import type { FulfilmentStatus } from "@/lib/producer-portal/types"
import { FormMessages } from "./form-messages"
import { PortalField } from "./portal-field"
import styles from "./portal.module.css"

/**
 * Only the steps the order can take from here: a button, or a small form for shipping and
 * cancelling. Each form says which status it was chosen on, so a step another member overtook is refused.
 */
export function OrderActions({
  orderId,
  status,
  paymentStatus,
}: {
  orderId: string
  status: FulfilmentStatus
  paymentStatus: ProducerPaymentStatus
}) {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(advanceProducerOrder, emptyPortalForm)
  const steps = nextOrderSteps(status, paymentStatus)
  const field = { state, idPrefix: "order" }
  return (
    <section className={styles.section} aria-labelledby="order-actions">
      <h2 id="order-actions">{t("order.actionsHeading")}</h2>
      <FormMessages state={state} saved={t("order.done")} />
      {steps.length ? null : <p>{t("order.noActions")}</p>}
      {paymentStatus === "awaiting_payment" && steps.length ? <p role="status">{t("order.waitForPayment")}</p> : null}
      {steps.map((step) => (
        <form key={step} action={formAction} noValidate className={checkout.form}>
          <input type="hidden" name="order_id" value={orderId} />
          <input type="hidden" name="step" value={step} />
          <input type="hidden" name="expected_status" value={status} />
          {step === "ship" ? (
            <fieldset className={checkout.fieldset}>
              <legend className={checkout.legend}>{t("order.shipLegend")}</legend>
              <PortalField {...field} name="carrier" label={t("field.carrier")} />
              <PortalField {...field} name="tracking_number" label={t("field.tracking_number")} />
            </fieldset>
          ) : null}
          {step === "cancel" ? (
            <fieldset className={checkout.fieldset}>
              <legend className={checkout.legend}>{t("order.cancelLegend")}</legend>
              <PortalField {...field} name="reason" label={t("field.reason")} />
            </fieldset>
          ) : null}
          <div className={styles.actions}>
            <button
              type="submit"
              className={step === "cancel" ? `${styles.button} ${styles.danger}` : checkout.submit}
              disabled={pending}
            >
              {t(`order.step.${step}`)}
            </button>
          </div>
        </form>
      ))}
    </section>
  )
}
