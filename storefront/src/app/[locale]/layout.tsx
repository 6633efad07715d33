import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { ClientMessages, PERSONAL_NAMESPACES } from "@/components/layout/client-messages"
import { SiteFooter } from "@/components/layout/site-footer"
import { SiteHeader } from "@/components/layout/site-header"
import { resolveLocale, routing } from "@/i18n/routing"
import { storefrontUrl } from "@/lib/config"

// Every page renders per request: its HTML carries the CSP nonce src/proxy.ts makes for that request
// (an anonymous visitor's public page is served from the proxy's page cache with a fresh one: page-cache.ts).
// What the public pages read is cached instead, under tags the backend expires (lib/cache-tags.ts).
export const dynamic = "force-dynamic"

type LocaleLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Pick<LocaleLayoutProps, "params">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })

  return {
    metadataBase: storefrontUrl(),
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    openGraph: {
      type: "website",
      siteName: t("siteName"),
      locale: locale === "vi" ? "vi_VN" : "en_GB",
    },
  }
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)

  return (
    <html lang={locale}>
      <body>
        <ClientMessages omit={PERSONAL_NAMESPACES}>
          <SiteHeader />
          <main>{children}</main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  )
}
