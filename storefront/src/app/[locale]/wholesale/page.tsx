import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { WholesaleBenefits } from "@/components/company/wholesale-benefits"
import { PageHeader } from "@/components/layout/page-header"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { wholesaleMetadata } from "./wholesale-metadata"

type WholesalePageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: WholesalePageProps) => wholesaleMetadata(params, "landing")

/** What supermarkets, shops, restaurants and distributors get by buying wholesale, and a call to register. */
export default async function WholesalePage({ params }: WholesalePageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Wholesale")
  return (
    <div className={styles.page}>
      <PageHeader title={t("landing.title")} lead={t("landing.lead")} />
      <WholesaleBenefits />
      <p>{t("landing.howItWorks")}</p>
      <p className={styles.links}>
        <Link href="/wholesale/register" data-testid="wholesale-register-link">
          {t("landing.register")}
        </Link>
        <Link href="/account/company">{t("landing.myCompany")}</Link>
      </p>
    </div>
  )
}
