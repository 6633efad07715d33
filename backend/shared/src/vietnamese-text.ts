// How Vietnamese text is spelled, compared and turned into handles: the place module matches names
// with these, both search providers fold queries with them, and the storefront can too.

const TONE_MARK = "[\\u0300\\u0301\\u0303\\u0309\\u0323]"

// The older spelling puts the tone on the second vowel of a final "oa", "oe" or "uy" ("Hoà",
// "Thuỷ"), the newer on the first ("Hòa", "Thủy"); both occur in official lists, so names are
// compared in the newer one. "qu" is a consonant, so "quý" keeps its tone where it is.
const OLD_STYLE_TONE = new RegExp(`(?<!q)(o[ae]|uy)(${TONE_MARK})(?![\\p{L}\\p{M}])`, "giu")

/** One spelling per name: NFC, tone marks placed the newer way, whitespace collapsed. */
export function normalizeTonePlacement(text: string): string {
  return text
    .normalize("NFD")
    .replace(OLD_STYLE_TONE, (_, vowels: string, tone: string) => vowels[0] + tone + vowels[1])
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
}

/** What search compares: lower case without diacritics, so "dak lak" finds "Đắk Lắk" and "d" finds "đ". */
export function foldVietnamese(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/\s+/g, " ").trim()
}

/** A URL handle from a Vietnamese name: "Hợp tác xã Chè Tân Cương" → "hop-tac-xa-che-tan-cuong". */
export function handleOf(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
