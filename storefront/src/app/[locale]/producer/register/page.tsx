import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { ApplicationForm } from "@/components/producer-portal/application-form"
import styles from "@/components/producer-portal/portal.module.css"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listProvinces } from "@/lib/data/places"
import { retrieveProducerMe } from "@/lib/data/producer-account"
import { portalMetadata } from "../portal-metadata"

type RegisterPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: RegisterPageProps) => portalMetadata(params, "registerTitle")

/** Sign-up: a sign-in and the producer's application in one form. */
export default async function ProducerRegisterPage({ params }: RegisterPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  if (await retrieveProducerMe()) return redirect({ href: "/producer", locale })
  const provinces = await listProvinces()
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("meta.registerTitle")} lead={t("register.lead")} />
      <ApplicationForm mode="register" provinces={provinces} initialCommunes={[]} />
      <Link href="/producer/sign-in">{t("register.signInLink")}</Link>
    </div>
  )
}
