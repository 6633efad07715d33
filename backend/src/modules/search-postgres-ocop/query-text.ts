import { foldVietnamese, SEARCH_SYNONYMS } from "@ocop/shared"

/**
 * How a shopper's text becomes a tsquery: folded as the index folds it (lower case, no diacritics,
 * đ → d), split into words, synonym phrases from @ocop/shared recognised (within one edit when the
 * phrase has five letters or more: "ca phee" is "ca phe"), and every other word of five letters or
 * more marked fuzzy, to be corrected from the index's own vocabulary in SQL.
 */
export type Slot =
  /** A typed word; `fuzzy` ones also match vocabulary words one edit away when the word itself is unknown. */
  | { kind: "word"; word: string; prefix: boolean; fuzzy: boolean }
  /** A recognised synonym group: any one of its phrases (each a list of words) matches. */
  | { kind: "phrases"; typed?: string[]; phrases: string[][] }

export const MIN_TYPO_WORD_LENGTH = 5

export function queryWords(q: string): string[] {
  return foldVietnamese(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      rowMin = Math.min(rowMin, current[j])
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length]
}

type SynonymGroup = string[][]

/** SEARCH_SYNONYMS folded and split into words, duplicates (accented and plain spellings) merged. */
export function foldedSynonyms(groups: readonly (readonly string[])[] = SEARCH_SYNONYMS): SynonymGroup[] {
  return groups.map((group) => {
    const seen = new Map<string, string[]>()
    for (const phrase of group) {
      const words = queryWords(phrase)
      if (words.length) seen.set(words.join(" "), words)
    }
    return [...seen.values()]
  })
}

const DEFAULT_SYNONYMS = foldedSynonyms()

/** A synonym group matching the words from `start`, preferring exact and longer matches. */
function matchSynonym(words: string[], start: number, end: number, synonyms: SynonymGroup[]) {
  let best: { length: number; exact: boolean; group: SynonymGroup } | undefined
  for (let length = Math.min(3, end - start); length >= 1; length--) {
    const window = words.slice(start, start + length).join(" ")
    const letters = window.replace(/ /g, "").length
    for (const group of synonyms) {
      for (const phrase of group) {
        const text = phrase.join(" ")
        const exact = text === window
        const close = !exact && letters >= MIN_TYPO_WORD_LENGTH && editDistance(window, text, 1) <= 1
        if (!exact && !close) continue
        if (!best || (exact && !best.exact) || (exact === best.exact && length > best.length)) {
          best = { length, exact, group }
        }
      }
    }
    if (best?.exact) return best
  }
  return best
}

export function querySlots(
  q: string,
  {
    prefixLast = false,
    typos = true,
    synonyms = DEFAULT_SYNONYMS,
  }: { prefixLast?: boolean; typos?: boolean; synonyms?: SynonymGroup[] } = {}
): Slot[] {
  const words = queryWords(q)
  const slots: Slot[] = []
  // A word still being typed (typeahead) is a prefix: no synonym or typo applies to it.
  const end = prefixLast ? words.length - 1 : words.length
  let i = 0
  while (i < words.length) {
    const synonym = i < end ? matchSynonym(words, i, end, synonyms) : undefined
    if (synonym) {
      // Typed exactly, its words also match anywhere in the document, as without synonyms.
      const typed = synonym.exact ? words.slice(i, i + synonym.length) : undefined
      slots.push({ kind: "phrases", ...(typed && { typed }), phrases: synonym.group })
      i += synonym.length
      continue
    }
    const word = words[i]
    const prefix = prefixLast && i === words.length - 1
    slots.push({ kind: "word", word, prefix, fuzzy: typos && !prefix && word.length >= MIN_TYPO_WORD_LENGTH })
    i++
  }
  return slots
}

const lexeme = (word: string, prefix = false) => `'${word}'${prefix ? ":*" : ""}`

/**
 * tsquery text of a slot that needs no vocabulary: its typed words (when it was typed exactly) and
 * each synonym phrase, every phrase's words ANDed, as Meilisearch matches a multi-word synonym. Not
 * `<->`: a phrase operator makes PostgreSQL re-read and re-check every matching row's tsvector, and
 * `ts_rank` then costs ~6× (at 20,000 products "ca phe" took 38 ms against 19 ms without it). A
 * phrase holding every typed word matches nothing more than the typed words do, so it is left out.
 */
export function slotTsQuery(slot: Slot): string {
  if (slot.kind === "word") return lexeme(slot.word, slot.prefix)
  const all = (words: string[]) =>
    words.length === 1 ? lexeme(words[0]) : `(${words.map((w) => lexeme(w)).join(" & ")})`
  const typed = slot.typed
  const phrases = typed ? slot.phrases.filter((words) => !typed.every((word) => words.includes(word))) : slot.phrases
  const alternatives = [...(typed ? [all(typed)] : []), ...phrases.map(all)]
  return `(${[...new Set(alternatives)].join(" | ")})`
}
