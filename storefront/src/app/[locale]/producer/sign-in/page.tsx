import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { SignInForm } from "@/components/producer-portal/sign-in-form"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerMe } from "@/lib/data/producer-account"
import { portalMetadata } from "../portal-metadata"

export const dynamic = "force-dynamic"

type SignInPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: SignInPageProps) => portalMetadata(params, "signInTitle")

export default async function ProducerSignInPage({ params }: SignInPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  if (await retrieveProducerMe()) return redirect({ href: "/producer", locale })
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("meta.signInTitle")} lead={t("signIn.lead")} />
      <SignInForm />
      <Link href="/producer/register">{t("signIn.registerLink")}</Link>
    </div>
  )
}
