import { useTranslations } from "next-intl"
import { Notice } from "@/components/feedback/notice"
import type { Company } from "@/lib/company/company-fields"

/** Where the company stands with the office: waiting, verified, rejected (with the office's reason) or suspended. */
export function CompanyStatusBanner({ company }: { company: Company }) {
  const t = useTranslations("Company.status")
  const reason = company.status_reason ?? ""
  switch (company.status) {
    case "pending":
      return <Notice kind="info">{t("pending")}</Notice>
    case "verified":
      return <Notice kind="info">{t("verified")}</Notice>
    case "rejected":
      return <Notice kind="error">{t("rejected", { reason })}</Notice>
    case "suspended":
      return <Notice kind="error">{t("suspended", { reason })}</Notice>
  }
}
