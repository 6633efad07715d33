import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { CompanyRegisterForm } from "@/components/company/company-register-form"
import { PageHeader } from "@/components/layout/page-header"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveMyCompany } from "@/lib/data/company"
import { retrieveCustomer } from "@/lib/data/customer"
import { listProvinces } from "@/lib/data/places"
import { wholesaleMetadata } from "../wholesale-metadata"

type RegisterPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: RegisterPageProps) => wholesaleMetadata(params, "register")

/** A signed-in customer registers the company it buys for; one that already does sees its company. */
export default async function WholesaleRegisterPage({ params }: RegisterPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Wholesale")
  const customer = await retrieveCustomer()
  if (!customer)
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/wholesale/register" } }, locale })
  if (await retrieveMyCompany()) return redirect({ href: "/account/company", locale })
  const provinces = await listProvinces()
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("meta.registerTitle")} lead={t("register.lead")} />
      <CompanyRegisterForm
        mode="register"
        provinces={provinces}
        initialCommunes={[]}
        initial={{ phone: customer.phone ?? "", invoice_email: customer.email }}
      />
    </div>
  )
}
