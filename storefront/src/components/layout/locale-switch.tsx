"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { routing } from "@/i18n/routing"
import styles from "./locale-switch.module.css"

/** A link to the page being read, in the other language. */
export function LocaleSwitch() {
  const t = useTranslations("LocaleSwitch")
  const locale = useLocale()
  const pathname = usePathname()
  const otherLocale = routing.locales.find((candidate) => candidate !== locale) ?? locale

  return (
    <nav aria-label={t("label")}>
      <Link
        href={pathname}
        locale={otherLocale}
        lang={otherLocale}
        hrefLang={otherLocale}
        className={styles.link}
      >
        {t("otherLocaleName")}
      </Link>
    </nav>
  )
}
