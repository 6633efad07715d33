import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import styles from "@/components/account/account.module.css"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { safeNextPath } from "@/lib/account/account-state"
import { retrieveCustomer, signIn } from "@/lib/data/customer"
import { accountMetadata } from "../account-metadata"

type SignInPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; reset?: string }> }

export const generateMetadata = ({ params }: SignInPageProps) => accountMetadata(params, "signInTitle")

export default async function SignInPage({ params, searchParams }: SignInPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Account")
  const { next, reset } = await searchParams
  if (await retrieveCustomer()) return redirect({ href: safeNextPath(next), locale })
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("signInTitle")} />
      {reset ? <Notice kind="info">{t("passwordChanged")}</Notice> : null}
      <AccountForm
        action={signIn}
        fields={["email", "password"]}
        submit="signIn"
        hidden={{ next: safeNextPath(next) }}
      />
      <div className={styles.links}>
        <Link href="/account/forgot-password">{t("forgotLink")}</Link>
        <Link href="/account/register">{t("registerLink")}</Link>
      </div>
    </div>
  )
}
