import { useLocale, useTranslations } from "next-intl"
import styles from "@/components/account/account.module.css"
import type { CompanyAddress } from "@/lib/company/company-fields"
import { deleteCompanyAddress } from "@/lib/data/company"

/** The company's delivery addresses; its admins may remove them. */
export function CompanyAddressList({ addresses, canEdit }: { addresses: CompanyAddress[]; canEdit: boolean }) {
  const t = useTranslations("Company.address")
  const locale = useLocale()
  if (!addresses.length) return <p>{t("none")}</p>
  return (
    <ul className={styles.list}>
      {addresses.map((address) => (
        <li key={address.id} className={styles.card} data-testid="company-address">
          <strong>{address.label}</strong>
          <span>
            {address.recipient} · {address.phone}
          </span>
          <span>{address.street}</span>
          {canEdit ? (
            <form action={deleteCompanyAddress}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="address_id" value={address.id} />
              <button
                type="submit"
                className={styles.linkButton}
                aria-label={t("removeNamed", { label: address.label })}
              >
                {t("remove")}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
