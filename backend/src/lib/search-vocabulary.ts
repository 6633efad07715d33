import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { foldVietnamese } from "@ocop/shared"

/**
 * "Có phải bạn muốn tìm …": when a search finds nothing, the closest query made of the catalogue's
 * own words. The words live in PostgreSQL (tables of the ocop migration Migration20261207043100),
 * refreshed with the product index (subscribers/search-vocabulary.ts), so both search providers
 * suggest the same way and the engine is never asked.
 */

type Raw = { raw: <Row = Record<string, unknown>>(sql: string, bindings?: unknown[]) => Promise<{ rows: Row[] }> }
type Candidate = { ord: string; word: string; display: string; products: number; similarity: number }
type Pg = Raw & { transaction: <T>(work: (trx: Raw) => Promise<T>) => Promise<T> }
const pgOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg

export type VocabularyRow = {
  id: string
  title?: string | null
  subtitle?: string | null
  status?: string | null
  metadata?: { title_en?: string } | null
  tags?: ({ value: string } | null)[] | null
  producer?: { name?: string | null } | null
  ocop_origin?: { commune_name?: string | null; former_district?: string | null; province_name?: string | null } | null
}

export const VOCABULARY_FIELDS = [
  "id",
  "title",
  "subtitle",
  "status",
  "metadata",
  "tags.value",
  "producer.name",
  "ocop_origin.commune_name",
  "ocop_origin.former_district",
  "ocop_origin.province_name",
]

/** A word as search compares it (folded) and as a shopper reads it (lower case, with its marks). */
export type Word = { word: string; display: string }

// Words of one letter say nothing on their own and would be everyone's nearest neighbour.
const MIN_WORD_LENGTH = 2
// Longer queries are sentences, not a mistyped product name: no suggestion.
export const MAX_QUERY_WORDS = 8
// How alike (pg_trgm similarity, 0–1) a typed word and an indexed one must be to offer it.
export const MIN_SIMILARITY = 0.3
// How many of the rarest word's products are checked for the other words: bounded work per query.
const CO_OCCURRENCE_SAMPLE = 200

/** The words of a text, in order, once each. */
export function wordsOf(text: string | null | undefined): Word[] {
  const seen = new Set<string>()
  const words: Word[] = []
  for (const token of (text ?? "").normalize("NFC").split(/[^\p{L}\p{N}]+/u)) {
    const word = foldVietnamese(token)
    if (word.length < MIN_WORD_LENGTH || seen.has(word)) continue
    seen.add(word)
    words.push({ word, display: token.toLowerCase() })
  }
  return words
}

/** What a shopper searches a product by, minus the description: names, places, producer, tags. Nothing unless published. */
export function productWords(row: VocabularyRow): Word[] {
  if (row.status !== "published") return []
  const origin = row.ocop_origin
  const text = [
    row.title,
    row.metadata?.title_en,
    row.subtitle,
    row.producer?.name,
    origin?.commune_name,
    origin?.former_district,
    origin?.province_name,
    ...(row.tags ?? []).map((tag) => tag?.value),
  ]
    .filter(Boolean)
    .join(" ")
  return wordsOf(text)
}

/** Replaces these products' words (a product gone or unpublished keeps none) and recounts the words touched. */
export async function refreshSearchVocabulary(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: VOCABULARY_FIELDS, filters: { id: productIds } })
  const rows = (data as VocabularyRow[]).flatMap((row) => productWords(row).map((w) => ({ id: row.id, ...w })))
  await pgOf(container).transaction(async (trx) => {
    const { rows: gone } = await trx.raw<{ word: string }>(
      `DELETE FROM search_product_word WHERE product_id = ANY(?::text[]) RETURNING word`,
      [productIds]
    )
    if (rows.length) {
      await trx.raw(
        `INSERT INTO search_product_word (product_id, word, display)
         SELECT * FROM unnest(?::text[], ?::text[], ?::text[])`,
        [rows.map((r) => r.id), rows.map((r) => r.word), rows.map((r) => r.display)]
      )
    }
    const touched = [...new Set([...gone.map((g) => g.word), ...rows.map((r) => r.word)])]
    if (!touched.length) return
    // Each touched word's count and most common spelling, from the rows that hold it now.
    await trx.raw(
      `WITH touched AS (SELECT unnest(?::text[]) AS word),
       counted AS (
         SELECT t.word, mode() WITHIN GROUP (ORDER BY p.display) AS display, count(p.word)::int AS products
         FROM touched t LEFT JOIN search_product_word p ON p.word = t.word
         GROUP BY t.word
       ),
       emptied AS (
         DELETE FROM search_word w USING counted c WHERE w.word = c.word AND c.products = 0
       )
       INSERT INTO search_word (word, display, products)
       SELECT word, display, products FROM counted WHERE products > 0
       ON CONFLICT (word) DO UPDATE SET display = excluded.display, products = excluded.products`,
      [touched]
    )
  })
}

/** Every product's words again, in slices (npm run search:reindex). */
export async function rebuildSearchVocabulary(container: MedusaContainer, slice = 500) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await pgOf(container).raw(`TRUNCATE search_product_word, search_word`)
  for (let skip = 0; ; skip += slice) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      pagination: { skip, take: slice, order: { id: "ASC" } },
    })
    if (!data.length) break
    await refreshSearchVocabulary(
      container,
      data.map((p: { id: string }) => p.id)
    )
  }
  await pgOf(container).raw(`ANALYZE search_product_word, search_word`)
}

/**
 * The closest query made of indexed words, or null when every word is already indexed (nothing to
 * correct), a word has no indexed word alike, or no product holds all the words suggested.
 * Per typed word one trigram GiST scan for its five nearest words; then at most
 * CO_OCCURRENCE_SAMPLE index look-ups: the work does not grow with the catalogue.
 */
export async function suggestQuery(container: MedusaContainer, q: string): Promise<string | null> {
  const typed = wordsOf(q).map((w) => w.word)
  if (!typed.length || typed.length > MAX_QUERY_WORDS) return null
  const pg = pgOf(container)
  const { rows } = await pg.raw<Candidate>(
    `SELECT t.ord, t.w AS typed, c.word, c.display, c.products, similarity(c.word, t.w) AS similarity
     FROM unnest(?::text[]) WITH ORDINALITY AS t(w, ord)
     CROSS JOIN LATERAL (SELECT word, display, products FROM search_word ORDER BY word <-> t.w LIMIT 5) c`,
    [typed]
  )
  const chosen: Candidate[] = []
  for (let i = 0; i < typed.length; i++) {
    const candidates = rows.filter((r) => Number(r.ord) === i + 1)
    const best =
      candidates.find((c) => c.word === typed[i]) ??
      candidates
        .filter((c) => c.similarity >= MIN_SIMILARITY)
        .sort((a, b) => b.similarity - a.similarity || b.products - a.products || (a.word < b.word ? -1 : 1))[0]
    if (!best) return null
    chosen.push(best)
  }
  if (chosen.every((c, i) => c.word === typed[i])) return null
  const words = [...new Set(chosen.map((c) => c.word))]
  if (words.length > 1) {
    const rarest = [...chosen].sort((a, b) => a.products - b.products)[0].word
    const others = words.filter((w) => w !== rarest)
    const { rows: together } = await pg.raw(
      `SELECT 1 FROM (SELECT product_id FROM search_product_word WHERE word = ? LIMIT ?) r
       WHERE (SELECT count(*) FROM search_product_word p WHERE p.product_id = r.product_id AND p.word = ANY(?::text[])) = ?
       LIMIT 1`,
      [rarest, CO_OCCURRENCE_SAMPLE, others, others.length]
    )
    if (!together.length) return null
  }
  return chosen.map((c) => c.display).join(" ")
}
