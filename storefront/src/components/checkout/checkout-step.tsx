import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { CHECKOUT_STEPS, type CheckoutStep as Step } from "@/lib/checkout/checkout-steps"
import styles from "./checkout.module.css"
import { StepHeading } from "./step-heading"

type CheckoutStepProps = {
  step: Step
  /** "current" shows the step's form, "done" its summary with a link back to it, "later" its title only. */
  state: "current" | "done" | "later"
  /** The page was reached by moving to a step (not by opening the checkout): its heading takes focus. */
  arrived?: boolean
  children?: ReactNode
}

/** One numbered step of the checkout page. */
export function CheckoutStep({ step, state, arrived = false, children }: CheckoutStepProps) {
  const t = useTranslations("Checkout")
  const headingId = `checkout-${step}-heading`

  return (
    <section aria-labelledby={headingId} className={state === "later" ? `${styles.step} ${styles.later}` : styles.step}>
      <div className={styles.stepHeader}>
        <StepHeading id={headingId} className={styles.stepHeading} focusOnArrival={arrived && state === "current"}>
          {CHECKOUT_STEPS.indexOf(step) + 1}. {t(`step.${step}`)}
        </StepHeading>
        {state === "done" ? (
          <Link href={{ pathname: "/checkout", query: { step } }} className={styles.edit}>
            {t("edit")}
            <span className={styles.srOnly}> {t(`step.${step}`)}</span>
          </Link>
        ) : null}
      </div>
      {state === "later" ? null : children}
    </section>
  )
}
