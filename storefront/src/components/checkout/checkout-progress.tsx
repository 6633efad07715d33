import { useTranslations } from "next-intl"
import { CHECKOUT_STEPS, type CheckoutStep } from "@/lib/checkout/checkout-steps"
import styles from "./checkout.module.css"

/** Where the buyer is among the three steps. */
export function CheckoutProgress({ current }: { current: CheckoutStep }) {
  const t = useTranslations("Checkout")
  const currentIndex = CHECKOUT_STEPS.indexOf(current)

  return (
    <ol className={styles.progress} aria-label={t("steps")}>
      {CHECKOUT_STEPS.map((step, index) => (
        <li
          key={step}
          aria-current={step === current ? "step" : undefined}
          className={index < currentIndex ? styles.done : index === currentIndex ? styles.current : undefined}
        >
          <span className={styles.stepNumber}>{index + 1}</span>
          {t(`step.${step}`)}
        </li>
      ))}
    </ol>
  )
}
