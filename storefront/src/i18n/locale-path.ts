import { routing, type Locale } from "./routing"

// A first segment shaped like a language tag ("fr", "en-US"): no page of the store has such a name.
const LOCALE_LIKE = /^[a-z]{2}(?:-[a-z]{2})?$/i

/**
 * Where a path whose first segment looks like a locale the store does not have should go: the same
 * page in that tag's language when the store has it ("/en-US/products" → "/en/products"), otherwise
 * in the default language ("/fr/products" → "/vi/products"). Undefined for every other path, which
 * next-intl routes as usual ("/products" → "/vi/products").
 */
export function pathForUnknownLocale(pathname: string): string | undefined {
  const [, first = "", ...rest] = pathname.split("/")
  if (!LOCALE_LIKE.test(first) || (routing.locales as readonly string[]).includes(first)) return undefined

  const language = first.slice(0, 2).toLowerCase()
  const locale = routing.locales.find((candidate: Locale) => candidate === language) ?? routing.defaultLocale
  return ["", locale, ...rest].join("/")
}
