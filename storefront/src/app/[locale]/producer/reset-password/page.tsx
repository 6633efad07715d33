import { getTranslations, setRequestLocale } from "next-intl/server"
import { NewPasswordSection } from "@/components/account/new-password-section"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { resolveLocale } from "@/i18n/routing"
import { resetProducerPassword } from "@/lib/data/producer-account"
import { portalResetMetadata } from "../portal-metadata"

type ResetPasswordPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; email?: string }> }

export const generateMetadata = ({ params }: ResetPasswordPageProps) => portalResetMetadata(params, "resetTitle")

/** Where the e-mailed link leads a producer member: a new password, with the link's token. */
export default async function ProducerResetPasswordPage({ params, searchParams }: ResetPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("Account")
  const { token, email } = await searchParams
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("resetTitle")} />
      <NewPasswordSection action={resetProducerPassword} token={token} email={email} forgotHref="/producer/forgot-password" />
    </div>
  )
}
