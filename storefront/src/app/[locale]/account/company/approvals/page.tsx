import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { ApprovalList } from "@/components/company-staff/approval-list"
import { CompanyNav } from "@/components/company-staff/company-nav"
import { PageHeader } from "@/components/layout/page-header"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listCompanyApprovals } from "@/lib/data/company-staff"
import { retrieveCustomer } from "@/lib/data/customer"
import { companyMetadata } from "../company-metadata"

type ApprovalsPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: ApprovalsPageProps) => companyMetadata(params, "approvalsTitle")

export default async function CompanyApprovalsPage({ params }: ApprovalsPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("CompanyStaff")
  if (!(await retrieveCustomer()))
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/company/approvals" } }, locale })
  // Null for a buyer or a consumer: the approvals are the company admins'.
  const approvals = await listCompanyApprovals()
  if (!approvals) notFound()
  return (
    <div className={styles.page}>
      <PageHeader title={t("approvalsTitle")} />
      <CompanyNav current="approvals" isAdmin />
      <ApprovalList approvals={approvals} />
    </div>
  )
}
