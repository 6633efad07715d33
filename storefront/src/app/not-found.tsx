import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { NotFoundMessage } from "@/components/feedback/not-found-message"
import { routing } from "@/i18n/routing"

// Answers URLs outside any locale (e.g. /unknown.txt), in the default language.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: "NotFound" })
  return { title: t("title") }
}

export default function RootNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main>
          <NotFoundMessage />
        </main>
      </body>
    </html>
  )
}
