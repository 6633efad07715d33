import { useTranslations } from "next-intl"
import styles from "@/components/account/account.module.css"
import type { Company } from "@/lib/company/company-fields"
import { formatPrice } from "@/lib/util/money"

type CompanyDetailsProps = {
  company: Company
  /** The invoice address's province and commune, named. */
  place: { province: string | null; commune: string | null }
}

/** What the company registered, as a VAT invoice will carry it, and the terms the office granted. */
export function CompanyDetails({ company, place }: CompanyDetailsProps) {
  const t = useTranslations("Company")
  const rows: [string, string][] = [
    [t("field.legal_name"), company.legal_name],
    [t("field.tax_code"), company.tax_code],
    [t("field.buyer_type"), t(`buyerType.${company.buyer_type}`)],
    [t("field.phone"), company.phone],
    [t("field.invoice_email"), company.invoice_email],
    [t("field.invoice_address"), [company.invoice_street, place.commune, place.province].filter(Boolean).join(", ")],
  ]
  if (company.status === "verified") {
    rows.push([
      t("field.net_terms_days"),
      company.net_terms_days ? t("netTerms", { days: company.net_terms_days }) : t("noTerms"),
    ])
    rows.push([t("field.credit_limit"), formatPrice(company.credit_limit)])
  }
  return (
    <dl className={styles.card} data-testid="company-details">
      {rows.map(([label, value]) => (
        <div key={label} className={styles.row}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
