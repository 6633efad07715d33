import type { Metadata } from "next"
import { getPathname } from "./navigation"
import { routing, type Locale } from "./routing"

/** Canonical URL of `href` in `locale`, and the same page in every other language. */
export function localeAlternates(href: string, locale: Locale): Metadata["alternates"] {
  return {
    canonical: getPathname({ href, locale }),
    languages: Object.fromEntries(routing.locales.map((other) => [other, getPathname({ href, locale: other })])),
  }
}
