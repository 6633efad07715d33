import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { NotFoundMessage } from "@/components/feedback/not-found-message"

// Next takes a not-found's metadata after the pages' and layouts', so every 404 under a locale has this title.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFound")
  return { title: t("title") }
}

export default function LocaleNotFound() {
  return <NotFoundMessage />
}
