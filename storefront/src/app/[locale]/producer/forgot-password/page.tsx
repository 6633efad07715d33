import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { requestProducerPasswordReset } from "@/lib/data/producer-account"
import { portalResetMetadata } from "../portal-metadata"

type ForgotPasswordPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: ForgotPasswordPageProps) => portalResetMetadata(params, "forgotTitle")

/** A producer member asks for the link to choose a new password. */
export default async function ProducerForgotPasswordPage({ params }: ForgotPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("Account")
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("forgotTitle")} lead={t("forgotLead")} />
      <AccountForm action={requestProducerPasswordReset} fields={["email"]} submit="sendLink" />
      <Link href="/producer/sign-in">{t("signInLink")}</Link>
    </div>
  )
}
