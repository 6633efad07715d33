import { handleOf } from "@ocop/shared"
import type { ProductGroup } from "./facet-options"

/** A URL segment for a place or name: "Huyện Cư M'gar" → "huyen-cu-m-gar" (the backend's handles, the same rule). */
export function slugify(text: string): string {
  return handleOf(text)
}

// Chosen rather than derived, so renaming a group in the catalogue does not break its links.
export const GROUP_SLUGS: Record<ProductGroup, string> = {
  I: "thuc-pham",
  II: "do-uong",
  III: "duoc-lieu",
  IV: "thu-cong-my-nghe",
  V: "sinh-vat-canh",
  VI: "du-lich-cong-dong",
}

export function groupOfSlug(slug: string): ProductGroup | null {
  const entry = Object.entries(GROUP_SLUGS).find(([, candidate]) => candidate === slug)
  return entry ? (entry[0] as ProductGroup) : null
}

/** The name among `names` whose slug is `slug` (a former district in its province), or null. */
export function nameOfSlug(slug: string, names: readonly string[]): string | null {
  return names.find((name) => slugify(name) === slug) ?? null
}
