import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Metadata } from "next"
import { AccountNav } from "@/components/account/account-nav"
import styles from "@/components/account/account.module.css"
import { CompanyAddressForm } from "@/components/company/company-address-form"
import { CompanyAddressList } from "@/components/company/company-address-list"
import { CompanyDetails } from "@/components/company/company-details"
import { CompanyRegisterForm } from "@/components/company/company-register-form"
import { CompanyStatusBanner } from "@/components/company/company-status-banner"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveMyCompany } from "@/lib/data/company"
import { retrieveCustomer } from "@/lib/data/customer"
import { listCommunes, listProvinces, retrievePlaceNames } from "@/lib/data/places"

type CompanyPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }

export async function generateMetadata({ params }: CompanyPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Company" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The company the customer buys for: where it stands with the office, its details and delivery addresses. */
export default async function CompanyPage({ params, searchParams }: CompanyPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Company")
  const customer = await retrieveCustomer()
  if (!customer)
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/company" } }, locale })
  const mine = await retrieveMyCompany()
  if (!mine)
    return (
      <div className={styles.page}>
        <PageHeader title={t("title")} />
        <AccountNav current="company" />
        <p>{t("none")}</p>
        <Link href="/wholesale/register">{t("registerLink")}</Link>
      </div>
    )
  const { company, role } = mine
  const isAdmin = role === "admin"
  const [place, provinces] = await Promise.all([
    retrievePlaceNames(company.invoice_province_code, company.invoice_commune_code),
    listProvinces(),
  ])
  const correcting = isAdmin && company.status === "rejected"
  return (
    <div className={styles.page}>
      <PageHeader title={t("title")} lead={t("roleLead", { role: t(`role.${role}`) })} />
      <AccountNav current="company" />
      <CompanyStatusBanner company={company} />
      {(await searchParams).saved ? <Notice kind="info">{t("address.saved")}</Notice> : null}
      <CompanyDetails company={company} place={place} />
      {correcting ? (
        <>
          <h2>{t("correctHeading")}</h2>
          <CompanyRegisterForm
            mode="correct"
            provinces={provinces}
            initialCommunes={await listCommunes(company.invoice_province_code)}
            initial={{
              legal_name: company.legal_name,
              tax_code: company.tax_code,
              household_business: String(company.household_business),
              buyer_type: company.buyer_type,
              phone: company.phone,
              invoice_email: company.invoice_email,
              invoice_street: company.invoice_street,
              invoice_province_code: company.invoice_province_code,
              invoice_commune_code: company.invoice_commune_code,
            }}
          />
        </>
      ) : null}
      <h2>{t("address.heading")}</h2>
      <CompanyAddressList addresses={company.addresses} canEdit={isAdmin} />
      {isAdmin ? (
        <>
          <h2>{t("address.newHeading")}</h2>
          <CompanyAddressForm provinces={provinces} />
        </>
      ) : null}
    </div>
  )
}
