import { foldVietnamese } from "@ocop/shared"

// People type a name with or without its type word ("tinh dien bien", "xa muong ang",
// "huyen muong ang"), while provinces are stored without it ("Điện Biên").
const TYPE_WORD = /^(tinh|thanh pho|dac khu|phuong|xa|huyen) (?=\S)/

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&")

/**
 * Matches records whose search_name has a word starting with what was typed, diacritics and
 * letter case ignored: "dak lak" finds "Đắk Lắk", "d" finds "Đồng Nai". No `q`, no filter.
 */
export function searchNameFilter(q?: string) {
  const folded = q ? foldVietnamese(q) : ""
  if (!folded) return {}
  const terms = [...new Set([folded, folded.replace(TYPE_WORD, "")])].map(escapeLike)
  return {
    $or: terms.flatMap((term) => [{ search_name: { $ilike: `${term}%` } }, { search_name: { $ilike: `% ${term}%` } }]),
  }
}
