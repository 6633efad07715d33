import { hasLocale } from "next-intl"
import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  // "/" always opens the Vietnamese store; switching language is an explicit link, not a guess.
  localeDetection: false,
  localeCookie: false,
})

export type Locale = (typeof routing.locales)[number]

/** The route's locale; the [locale] layout has already rejected any other value with a 404. */
export function resolveLocale(value: string): Locale {
  return hasLocale(routing.locales, value) ? value : routing.defaultLocale
}
