import { useTranslations } from "next-intl"
import { invoiceAddressLine, type InvoiceBuyer } from "@ocop/shared"

/** The buyer a VAT e-invoice names: legal name, tax code, address and the e-mail it goes to. */
export function InvoiceBuyerDetails({ buyer }: { buyer: InvoiceBuyer }) {
  const t = useTranslations("InvoiceRequest")
  return (
    <dl>
      <dt>{t("legalName")}</dt>
      <dd>{buyer.legal_name}</dd>
      <dt>{buyer.household_business ? t("personalId") : t("taxCode")}</dt>
      <dd>{buyer.tax_code}</dd>
      <dt>{t("address")}</dt>
      <dd>{invoiceAddressLine(buyer)}</dd>
      <dt>{t("email")}</dt>
      <dd>{buyer.email}</dd>
    </dl>
  )
}
