"use client"

import { useLocale, useTranslations } from "next-intl"
import { CheckInLink } from "@/components/experience-host/check-in-link"
import { SignOutForm } from "@/components/account/sign-out-form"
import { Link, usePathname } from "@/i18n/navigation"
import styles from "./portal.module.css"

export type PortalSection = "dashboard" | "products" | "orders" | "quotes" | "invoices" | "members" | "profile"

const HREF: Record<PortalSection, string> = {
  dashboard: "/producer",
  products: "/producer/products",
  orders: "/producer/orders",
  quotes: "/producer/quotes",
  invoices: "/producer/invoices",
  members: "/producer/members",
  profile: "/producer/profile",
}

const WHOLESALE_HREF = "/producer/wholesale"
const EXPERIENCES_HREF = "/producer/experiences"
const CHECK_IN_HREF = "/producer/check-in"

/** The portal's own sections, and signing out of it (the shopper's account is left alone). */
export function PortalNav() {
  const t = useTranslations("ProducerPortal.nav")
  const wholesale = useTranslations("ProducerPortalWholesale")
  const tReceivables = useTranslations("ProducerPortalReceivables")
  const tSales = useTranslations("ProducerPortalSales")
  const tInvoices = useTranslations("ProducerPortalInvoices")
  const tHost = useTranslations("HostExperiences.nav")
  const pathname = usePathname()
  const locale = useLocale()
  // The dashboard is current only on itself; a section also on its sub-pages (a product, an order).
  const current = (section: PortalSection) =>
    section === "dashboard" ? pathname === HREF[section] : pathname.startsWith(HREF[section])
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      {(Object.keys(HREF) as PortalSection[]).map((section) => (
        <Link key={section} href={HREF[section]} aria-current={current(section) ? "page" : undefined}>
          {section === "invoices" ? tInvoices("nav") : t(section)}
        </Link>
      ))}
      <Link href={WHOLESALE_HREF} aria-current={pathname.startsWith(WHOLESALE_HREF) ? "page" : undefined}>
        {wholesale("nav")}
      </Link>
      <Link href={EXPERIENCES_HREF} aria-current={pathname.startsWith(EXPERIENCES_HREF) ? "page" : undefined}>
        {tHost("experiences")}
      </Link>
      <CheckInLink locale={locale} current={pathname.startsWith(CHECK_IN_HREF)}>
        {tHost("checkIn")}
      </CheckInLink>
      <Link
        href="/producer/receivables"
        aria-current={pathname.startsWith("/producer/receivables") ? "page" : undefined}
      >
        {tReceivables("nav")}
      </Link>
      <Link href="/producer/sales" aria-current={pathname.startsWith("/producer/sales") ? "page" : undefined}>
        {tSales("nav")}
      </Link>
      <SignOutForm actor="producer" />
    </nav>
  )
}
