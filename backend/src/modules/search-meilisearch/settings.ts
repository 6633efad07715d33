import type { SearchTypes } from "@medusajs/framework/types"
import { MAX_VALUES_PER_FACET, providerOptions, SEARCH_SYNONYMS } from "@ocop/shared"
import type { Settings } from "./meili"
import { engineAttribute, facetKinds, FieldPlan, isSearchable, searchWeight } from "./fields"

export { MAX_VALUES_PER_FACET }

export const PROVIDER_ID = "search-meilisearch"

/** Every phrase of a group maps to every other, since Meilisearch synonyms are one-way. */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of groups) {
    for (const word of group) {
      map[word] = group.filter((other) => other !== word)
    }
  }
  return map
}

// `sort` first: a shopper who asks for the cheapest sees the cheapest of every match, as on
// postgres; without a requested sort the rule does nothing and relevance decides. `attribute`
// before `proximity`: a match in the title (the heaviest searchable field, listed first) ranks
// above one in the description even where the description has the words closer together, so
// "honey" lists honey before a honey-processed coffee ("attribute" also weighs the word's position
// in the field: "Mật ong rừng …" before "Cà phê … sơ chế honey …").
export const RANKING_RULES = ["sort", "words", "typo", "attribute", "proximity", "exactness"]

// One typo (one edit) from five letters on, as on search-postgres; never two. Meilisearch wants a
// two-typo size of at most 255 and not below the one-typo size, so 255 switches it off in practice.
export const MIN_WORD_SIZE_FOR_ONE_TYPO = 5
export const MIN_WORD_SIZE_FOR_TWO_TYPOS = 255

// Upper bound for exact counts (range facets, count: "exact").
export const MAX_TOTAL_HITS = 100_000

export function buildSettings(definition: SearchTypes.ResolvedSearchIndexDefinition, plan: FieldPlan): Settings {
  const planned = [...plan.fields.values()]
  const searchable = planned
    .filter((p) => isSearchable(p.field))
    .map((p, order) => ({ path: p.path, weight: searchWeight(p.field), order }))
    // Meilisearch weighs by attribute order: heavier fields first, ties keep declaration order.
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((p) => p.path)

  const filterable = new Set<string>([plan.primary_key])
  const sortable = new Set<string>([plan.primary_key])
  for (const p of planned) {
    if (p.field.filterable || facetKinds(p).length) {
      filterable.add(engineAttribute(p))
    }
    // Value facets on a date read the original value, so it must be filterable too.
    if (p.kind === "date" && facetKinds(p).includes("value")) {
      filterable.add(p.path)
    }
    if (p.field.sortable) {
      sortable.add(engineAttribute(p))
    }
  }
  const distinct = definition.settings?.distinct_attribute
  if (distinct) {
    filterable.add(distinct)
  }

  const typo = definition.settings?.typo_tolerance ?? {}
  const settings: Settings = {
    // An empty list would make every attribute searchable, so keep the pk at least.
    searchableAttributes: searchable.length ? searchable : [plan.primary_key],
    filterableAttributes: [...filterable],
    sortableAttributes: [...sortable],
    rankingRules: RANKING_RULES,
    distinctAttribute: distinct ?? null,
    // Meilisearch folds diacritics itself, "đ" → "d" included (verified against 1.21).
    synonyms: synonymMap(SEARCH_SYNONYMS),
    typoTolerance: {
      enabled: typo.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo.min_word_size_for_one_typo ?? MIN_WORD_SIZE_FOR_ONE_TYPO,
        twoTypos: typo.min_word_size_for_two_typos ?? MIN_WORD_SIZE_FOR_TWO_TYPOS,
      },
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  }
  // Escape hatch: raw Meilisearch settings override the derived ones.
  return { ...settings, ...(providerOptions(definition.settings?.provider_options) as Settings) }
}

export { providerOptions }
