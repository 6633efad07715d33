import type { Locale } from "@/i18n/routing"

/**
 * The statistics page's path in each language: `/thong-ke` in Vietnamese, `/statistics` in English.
 * Like the tourism landing (tourism-path.ts), the page lives once, at `[locale]/thong-ke`, and
 * next.config.ts rewrites `/en/statistics` to it.
 */
export const STATISTICS_PATHS: Record<Locale, string> = { vi: "/thong-ke", en: "/statistics" }
