import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { CompanyNav } from "@/components/company-staff/company-nav"
import { InviteForm } from "@/components/company-staff/invite-form"
import { PendingInvites } from "@/components/company-staff/pending-invites"
import { StaffList } from "@/components/company-staff/staff-list"
import { PageHeader } from "@/components/layout/page-header"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listCompanyInvites, listCompanyStaff } from "@/lib/data/company-staff"
import { retrieveCustomer } from "@/lib/data/customer"
import { companyMetadata } from "../company-metadata"

type StaffPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: StaffPageProps) => companyMetadata(params, "staffTitle")

export default async function CompanyStaffPage({ params }: StaffPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("CompanyStaff")
  if (!(await retrieveCustomer()))
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/company/staff" } }, locale })
  const company = await listCompanyStaff()
  if (!company) notFound()
  const isAdmin = company.me.role === "admin"
  const invites = isAdmin ? await listCompanyInvites() : null
  return (
    <div className={styles.page}>
      <PageHeader title={t("staffTitle")} />
      <CompanyNav current="staff" isAdmin={isAdmin} />
      <StaffList staff={company.staff} isAdmin={isAdmin} />
      {isAdmin ? (
        <>
          <h2>{t("inviteTitle")}</h2>
          <InviteForm />
          <h2>{t("invitesTitle")}</h2>
          <PendingInvites invites={invites ?? []} />
        </>
      ) : null}
    </div>
  )
}
