import crypto from "node:crypto"

/**
 * Bank apps strip punctuation from a transfer's purpose and customers copy references by eye,
 * so a reference is letters and digits only, without the look-alikes 0/O and 1/I.
 * 32 symbols: one random byte masked to 5 bits picks one without bias.
 */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
export const REFERENCE_CODE_LENGTH = 8

/** `prefix` followed by 8 random symbols, e.g. "OCOP7KQ2M9XA". */
export function makeReference(prefix: string): string {
  const bytes = crypto.randomBytes(REFERENCE_CODE_LENGTH)
  let code = ""
  for (const byte of bytes) {
    code += REFERENCE_ALPHABET[byte & 31]
  }
  return prefix.toUpperCase() + code
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Every distinct reference in a bank statement's free text, upper-cased, in order of appearance.
 * A reference must stand on its own: letters or digits glued to either side make it another
 * word, so "XOCOP…" or a reference with a ninth symbol is not read as one.
 */
export function extractReferences(text: string, prefix: string): string[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(prefix)}[${REFERENCE_ALPHABET}]{${REFERENCE_CODE_LENGTH}}(?![\\p{L}\\p{N}])`,
    "giu"
  )
  const found = new Set<string>()
  for (const match of text.matchAll(pattern)) {
    found.add(match[0].toUpperCase())
  }
  return [...found]
}
