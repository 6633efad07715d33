"use server"

import { keptUnder, TAGS } from "../cache-tags"
import { getSdk, storeHeaders } from "../config"

/**
 * "Có phải bạn muốn tìm …": the closest query made of the catalogue's own words, for a search that
 * found nothing (GET /store/search/suggestion, the same on either search provider); null when the
 * backend has none to offer or cannot answer, since the suggestion is only a help.
 */
export async function suggestSearch(text: string): Promise<string | null> {
  const q = text.trim().slice(0, 200)
  if (!q) return null
  try {
    const { suggestion } = await getSdk().client.fetch<{ suggestion: string | null }>("/store/search/suggestion", {
      query: { q },
      headers: await storeHeaders(),
      // The words change with the catalogue, as the search results do.
      ...keptUnder(TAGS.catalogue),
    })
    return suggestion
  } catch {
    return null
  }
}
