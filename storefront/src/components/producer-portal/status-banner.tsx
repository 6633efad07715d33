import { useTranslations } from "next-intl"
import { Notice } from "@/components/feedback/notice"
import { Link } from "@/i18n/navigation"
import type { OwnProducer } from "@/lib/producer-portal/types"

/** Where the producer stands with the office: awaiting review, rejected (why, and where to correct), suspended. */
export function StatusBanner({ producer }: { producer: Pick<OwnProducer, "status" | "status_reason"> }) {
  const t = useTranslations("ProducerPortal.status")
  const reason = producer.status_reason
  if (producer.status === "pending") return <Notice kind="info">{t("pending")}</Notice>
  if (producer.status === "rejected") {
    return (
      <Notice kind="error">
        {reason ? t("rejected", { reason }) : t("rejectedNoReason")}{" "}
        <Link href="/producer/profile">{t("correct")}</Link>
      </Notice>
    )
  }
  if (producer.status === "suspended")
    return <Notice kind="error">{reason ? t("suspended", { reason }) : t("suspendedNoReason")}</Notice>
  return null
}
