import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { SignInForm } from "@/components/producer-portal/sign-in-form"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerMe } from "@/lib/data/producer-account"
import { portalMetadata } from "../portal-metadata"

type SignInPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ reset?: string }> }

export const generateMetadata = ({ params }: SignInPageProps) => portalMetadata(params, "signInTitle")

export default async function ProducerSignInPage({ params, searchParams }: SignInPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const account = await getTranslations("Account")
  const { reset } = await searchParams
  if (await retrieveProducerMe()) return redirect({ href: "/producer", locale })
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("meta.signInTitle")} lead={t("signIn.lead")} />
      {reset ? <Notice kind="info">{account("passwordChanged")}</Notice> : null}
      <SignInForm />
      <Link href="/producer/forgot-password">{account("forgotLink")}</Link>
      <Link href="/producer/register">{t("signIn.registerLink")}</Link>
    </div>
  )
}
