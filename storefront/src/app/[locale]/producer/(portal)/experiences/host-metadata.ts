import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { resolveLocale } from "@/i18n/routing"

type HostTitle = "listTitle" | "newTitle" | "editTitle" | "sessionsTitle" | "guestListTitle" | "checkInTitle"

/** A host's experience pages are its own: titled, never indexed. */
export async function hostMetadata(params: Promise<{ locale: string }>, title: HostTitle): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "HostExperiences.meta" })
  return { title: t(title), robots: { index: false, follow: false } }
}
