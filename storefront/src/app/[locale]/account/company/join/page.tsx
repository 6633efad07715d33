import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { JoinForm } from "@/components/company-staff/join-form"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { companyMetadata } from "../company-metadata"

type JoinPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }

export const generateMetadata = ({ params }: JoinPageProps) => companyMetadata(params, "joinTitle")

/** The e-mailed invitation's link: signed in with the invited e-mail, the colleague joins the company. */
export default async function CompanyJoinPage({ params, searchParams }: JoinPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("CompanyStaff")
  const token = (await searchParams).token ?? ""
  if (!(await retrieveCustomer())) {
    const next = `/account/company/join?token=${encodeURIComponent(token)}`
    return redirect({ href: { pathname: "/account/sign-in", query: { next } }, locale })
  }
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("joinTitle")} />
      {token ? <JoinForm token={token} /> : <Notice kind="error">{t("error.token")}</Notice>}
    </div>
  )
}
