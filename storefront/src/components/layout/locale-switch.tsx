"use client"

import { useSearchParams } from "next/navigation"
import { useLocale, useTranslations } from "next-intl"
import { Suspense } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import { pathInLocale } from "@/lib/experiences/tourism-path"
import styles from "./locale-switch.module.css"

function SwitchLink({ query }: { query: string }) {
  const t = useTranslations("LocaleSwitch")
  const locale = useLocale()
  const otherLocale = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale
  const pathname = pathInLocale(usePathname(), otherLocale)

  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={otherLocale}
      lang={otherLocale}
      hrefLang={otherLocale}
      className={styles.link}
    >
      {t("otherLocaleName")}
    </Link>
  )
}

// The catalogue keeps its filters in the query string; the other language shows the same ones.
function SwitchLinkWithQuery() {
  return <SwitchLink query={useSearchParams().toString()} />
}

/** A link to the page being read, in the other language. */
export function LocaleSwitch() {
  const t = useTranslations("LocaleSwitch")

  return (
    <nav aria-label={t("label")}>
      <Suspense fallback={<SwitchLink query="" />}>
        <SwitchLinkWithQuery />
      </Suspense>
    </nav>
  )
}
