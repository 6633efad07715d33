import type { Locale } from "@/i18n/routing"

/**
 * The tourism landing's path in each language: `/du-lich` in Vietnamese, `/tourism` in English. The
 * page lives once, at `[locale]/du-lich`; next.config.ts rewrites `/en/tourism` to it, because
 * next-intl's localized `pathnames` would type every other link of the store against a full list.
 */
export const TOURISM_PATHS: Record<Locale, string> = { vi: "/du-lich", en: "/tourism" }

/** The same page's path in `target`'s language: the tourism landing changes its name, every other path stays. */
export function pathInLocale(pathname: string, target: Locale): string {
  return Object.values(TOURISM_PATHS).includes(pathname) ? TOURISM_PATHS[target] : pathname
}
