import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { JoinForm } from "@/components/producer-portal/join-form"
import styles from "@/components/producer-portal/portal.module.css"
import { resolveLocale } from "@/i18n/routing"
import { portalMetadata } from "../portal-metadata"

type JoinPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export const generateMetadata = ({ params }: JoinPageProps) => portalMetadata(params, "joinTitle")

/** Where an invitation e-mail leads: the colleague makes a sign-in and joins the producer. */
export default async function ProducerJoinPage({ params, searchParams }: JoinPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("ProducerPortal")
  const { token } = await searchParams
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("meta.joinTitle")} lead={t("join.lead")} />
      {typeof token === "string" && token ? (
        <JoinForm token={token} />
      ) : (
        <Notice kind="error">{t("join.missingToken")}</Notice>
      )}
    </div>
  )
}
