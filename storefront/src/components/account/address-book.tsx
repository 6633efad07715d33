import type { HttpTypes } from "@medusajs/types"
import { useLocale, useTranslations } from "next-intl"
import { deleteBookAddress } from "@/lib/data/customer"
import styles from "./account.module.css"

/** The customer's saved delivery addresses; the checkout starts from the first. */
export function AddressBook({ addresses }: { addresses: HttpTypes.StoreCustomerAddress[] }) {
  const t = useTranslations("Account")
  const locale = useLocale()
  if (!addresses.length) return <p>{t("noAddresses")}</p>
  return (
    <ul className={styles.list}>
      {addresses.map((address) => (
        <li key={address.id} className={styles.card} data-testid="saved-address">
          <strong>{[address.first_name, address.last_name].filter(Boolean).join(" ")}</strong>
          <span>{address.phone}</span>
          <span>{[address.address_1, address.city, address.province].filter(Boolean).join(", ")}</span>
          <form action={deleteBookAddress}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="address_id" value={address.id} />
            <button type="submit" className={styles.linkButton}>
              {t("deleteAddress")}
            </button>
          </form>
        </li>
      ))}
    </ul>
  )
}
