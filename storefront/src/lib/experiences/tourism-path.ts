import type { Locale } from "@/i18n/routing"
import { STATISTICS_PATHS } from "../statistics/statistics-path"

/**
 * The tourism landing's path in each language: `/du-lich` in Vietnamese, `/tourism` in English. The
 * page lives once, at `[locale]/du-lich`; next.config.ts rewrites `/en/tourism` to it, because
 * next-intl's localized `pathnames` would type every other link of the store against a full list.
 */
export const TOURISM_PATHS: Record<Locale, string> = { vi: "/du-lich", en: "/tourism" }

// The pages whose path changes with the language; every other path stays the same.
const LOCALIZED_PATHS = [TOURISM_PATHS, STATISTICS_PATHS]

/** The same page's path in `target`'s language: the tourism landing and the statistics page change their names. */
export function pathInLocale(pathname: string, target: Locale): string {
  return LOCALIZED_PATHS.find((paths) => Object.values(paths).includes(pathname))?.[target] ?? pathname
}
