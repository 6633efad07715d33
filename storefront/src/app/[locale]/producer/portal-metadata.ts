import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

type PortalTitle =
  | "signInTitle"
  | "registerTitle"
  | "joinTitle"
  | "dashboardTitle"
  | "productsTitle"
  | "newProductTitle"
  | "ordersTitle"
  | "membersTitle"
  | "profileTitle"

/** Portal pages are a producer's own: titled, never indexed. */
export async function portalMetadata(params: Promise<{ locale: string }>, title: PortalTitle): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "ProducerPortal.meta" })
  return { title: t(title), robots: { index: false, follow: false } }
}
