import { useTranslations } from "next-intl"
import { Notice } from "@/components/feedback/notice"
import { Link } from "@/i18n/navigation"

export function EmptyCart() {
  const t = useTranslations("Cart")
  return (
    <Notice kind="info">
      {t("empty")} <Link href="/products">{t("browse")}</Link>
    </Notice>
  )
}
