import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

/** The landing is for search engines too; the registration form is not. */
export async function wholesaleMetadata(
  params: Promise<{ locale: string }>,
  page: "landing" | "register"
): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Wholesale" })
  return page === "landing"
    ? { title: t("meta.landingTitle"), description: t("meta.landingDescription") }
    : { title: t("meta.registerTitle"), robots: { index: false, follow: false } }
}
