import { useTranslations } from "next-intl"
import type { HttpTypes } from "@medusajs/types"
import styles from "./checkout.module.css"

/** Step 1 once done: who receives the goods, where, and how to reach them. */
export function AddressSummary({
  cart,
}: {
  cart: Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "metadata">
}) {
  const t = useTranslations("Checkout")
  const address = cart.shipping_address
  const note = typeof cart.metadata?.note === "string" ? cart.metadata.note : ""

  return (
    <dl className={styles.summary}>
      <div>
        <dt>{t("contact")}</dt>
        <dd>
          {cart.email}
          <br />
          {address?.phone}
        </dd>
      </div>
      <div>
        <dt>{t("address")}</dt>
        <dd>
          {[address?.first_name, address?.last_name].filter(Boolean).join(" ")}
          <br />
          {[address?.address_1, address?.city, address?.province].filter(Boolean).join(", ")}
        </dd>
      </div>
      {note ? (
        <div>
          <dt>{t("noteShort")}</dt>
          <dd>{note}</dd>
        </div>
      ) : null}
    </dl>
  )
}
