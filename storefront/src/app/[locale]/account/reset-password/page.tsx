import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { NewPasswordSection } from "@/components/account/new-password-section"
import { PageHeader } from "@/components/layout/page-header"
import { resolveLocale } from "@/i18n/routing"
import { resetPassword } from "@/lib/data/customer"
import { accountMetadata } from "../account-metadata"

type ResetPasswordPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; email?: string }> }

export const generateMetadata = ({ params }: ResetPasswordPageProps) => accountMetadata(params, "resetTitle")

/** Where the e-mailed link leads: a new password for the account, with the link's token. */
export default async function ResetPasswordPage({ params, searchParams }: ResetPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("Account")
  const { token, email } = await searchParams
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("resetTitle")} />
      <NewPasswordSection action={resetPassword} token={token} email={email} forgotHref="/account/forgot-password" />
    </div>
  )
}
