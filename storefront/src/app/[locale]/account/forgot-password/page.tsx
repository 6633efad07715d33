import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import styles from "@/components/account/account.module.css"
import { PageHeader } from "@/components/layout/page-header"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { requestPasswordReset } from "@/lib/data/customer"
import { accountMetadata } from "../account-metadata"

type ForgotPasswordPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: ForgotPasswordPageProps) => accountMetadata(params, "forgotTitle")

export default async function ForgotPasswordPage({ params }: ForgotPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("Account")
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("forgotTitle")} lead={t("forgotLead")} />
      <AccountForm action={requestPasswordReset} fields={["email"]} submit="sendLink" />
      <Link href="/account/sign-in">{t("signInLink")}</Link>
    </div>
  )
}
