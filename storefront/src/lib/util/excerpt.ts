/** The start of `text` cut at a word boundary, with "…", for descriptions search engines show. */
export function excerpt(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, " ").trim()
  if (clean.length <= maxLength) return clean
  const cut = clean.slice(0, maxLength - 1)
  const lastSpace = cut.lastIndexOf(" ")
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut
  return `${words.replace(/[\s,.;:–-]+$/, "")}…`
}
