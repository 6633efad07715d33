import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { InviteForm } from "@/components/producer-portal/invite-form"
import { MemberList } from "@/components/producer-portal/member-list"
import { resolveLocale } from "@/i18n/routing"
import { listMembers } from "@/lib/data/producer-account"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { portalMetadata } from "../../portal-metadata"

type MembersPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: MembersPageProps) => portalMetadata(params, "membersTitle")

export default async function ProducerMembersPage({ params }: MembersPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer, member } = await requireProducer(locale)
  const { members, invites } = await listMembers()
  const owner = member.role === "owner" && producer.status !== "suspended"
  return (
    <>
      <PageHeader title={t("meta.membersTitle")} lead={t("members.lead")} />
      <MemberList members={members} invites={invites} me={member} canManage={owner} />
      {member.role !== "owner" ? <Notice kind="info">{t("members.ownerOnly")}</Notice> : null}
      {owner && producer.status === "active" ? <InviteForm /> : null}
      {owner && producer.status !== "active" ? <Notice kind="info">{t("members.approvedOnly")}</Notice> : null}
    </>
  )
}
