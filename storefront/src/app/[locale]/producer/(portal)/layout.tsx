import { setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { PortalNav } from "@/components/producer-portal/portal-nav"
import styles from "@/components/producer-portal/portal.module.css"
import { StatusBanner } from "@/components/producer-portal/status-banner"
import { resolveLocale } from "@/i18n/routing"
import { requireProducer } from "@/lib/producer-portal/require-producer"

type PortalLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> }

/** The signed-in producer's pages: their own navigation, and the office's word on the producer on each. */
export default async function PortalLayout({ children, params }: PortalLayoutProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const { producer } = await requireProducer(locale)
  return (
    <div className={styles.page}>
      <PortalNav />
      <StatusBanner producer={producer} />
      {children}
    </div>
  )
}
