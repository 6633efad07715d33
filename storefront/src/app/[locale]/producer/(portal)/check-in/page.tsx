import { getTranslations, setRequestLocale } from "next-intl/server"
import { CheckInPanel } from "@/components/experience-host/check-in-panel"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { resolveLocale } from "@/i18n/routing"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { hostMetadata } from "../experiences/host-metadata"

type CheckInPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: CheckInPageProps) => hostMetadata(params, "checkInTitle")

/** The host checks guests in at the meeting point: the voucher's code typed, or its QR scanned. */
export default async function HostCheckInPage({ params }: CheckInPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("HostCheckIn")
  const { producer } = await requireProducer(locale)
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {producer.status === "active" ? <CheckInPanel /> : <Notice kind="info">{t("notApproved")}</Notice>}
    </>
  )
}
