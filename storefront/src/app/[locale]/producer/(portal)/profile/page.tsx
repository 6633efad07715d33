import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { ApplicationForm } from "@/components/producer-portal/application-form"
import { LogoForm } from "@/components/producer-portal/logo-form"
import { resolveLocale } from "@/i18n/routing"
import { listCommunes, listProvinces } from "@/lib/data/places"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import type { OwnProducer } from "@/lib/producer-portal/types"
import { portalMetadata } from "../../portal-metadata"

type ProfilePageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: ProfilePageProps) => portalMetadata(params, "profileTitle")

/** The application's fields as the form shows them (check boxes as "on"). */
function profileValues(producer: OwnProducer): Record<string, string> {
  return {
    name: producer.name,
    legal_form: producer.legal_form,
    tax_code: producer.tax_code,
    representative: producer.representative,
    phone: producer.phone,
    province_code: producer.province_code,
    commune_code: producer.commune_code,
    street: producer.street ?? "",
    women_led: producer.women_led ? "on" : "",
    ethnic_minority_led: producer.ethnic_minority_led ? "on" : "",
    ethnic_group: producer.ethnic_group ?? "",
    story_vi: producer.story_vi ?? "",
    story_en: producer.story_en ?? "",
  }
}

export default async function ProducerProfilePage({ params }: ProfilePageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer, member } = await requireProducer(locale)
  const [provinces, communes] = await Promise.all([listProvinces(), listCommunes(producer.province_code)])
  const owner = member.role === "owner" && producer.status !== "suspended"
  return (
    <>
      <PageHeader title={t("meta.profileTitle")} lead={t("profile.lead")} />
      {member.role === "owner" ? null : <Notice kind="info">{t("profile.ownerOnly")}</Notice>}
      {owner ? <LogoForm logoUrl={producer.logo_url} name={producer.name} /> : null}
      {owner ? (
        <ApplicationForm
          mode="profile"
          provinces={provinces}
          initialCommunes={communes}
          initial={profileValues(producer)}
          identityFixed={producer.status === "active"}
          resubmit={producer.status === "rejected"}
        />
      ) : null}
    </>
  )
}
