type WithMetadata = { metadata?: Record<string, unknown> | null }

/** The English text on /en when one was written, the Vietnamese one otherwise. */
export function pickLocalized(vietnamese: string | null | undefined, english: unknown, locale: string): string | null {
  if (locale !== "vi" && typeof english === "string" && english.trim()) return english
  return vietnamese ?? null
}

// The backend keeps a product's or variant's English text in `metadata.<field>_en`.
export function localizedTitle(entity: WithMetadata & { title?: string | null }, locale: string): string {
  return pickLocalized(entity.title, entity.metadata?.title_en, locale) ?? ""
}

export function localizedDescription(
  entity: WithMetadata & { description?: string | null },
  locale: string
): string | null {
  return pickLocalized(entity.description, entity.metadata?.description_en, locale)
}
