import { describe, expect, it } from "vitest"
import { SEARCH_SYNONYMS } from "@ocop/shared"
import { planFields } from "../fields"
import { buildSettings, RANKING_RULES, synonymMap } from "../settings"

// The product index's searchable fields and weights (src/search/product.ts), declared out of order.
const index = {
  name: "product",
  physical_name: "product_v1",
  primary_key: "id",
  fields: {
    description: { type: "text", searchable: { weight: 1 } },
    title: { type: "text", searchable: { weight: 4 } },
    producer_name: { type: "text", searchable: { weight: 2 } },
    title_en: { type: "text", searchable: { weight: 3 } },
    place_names: { type: "text", searchable: { weight: 2 } },
    stars: { type: "integer", filterable: true, facetable: true, sortable: true },
  },
  settings: {},
} as any

const settingsOf = (definition = index) => buildSettings(definition, planFields(definition))

describe("Meilisearch settings of the product index", () => {
  it("searches the title first and the description last, heavier fields before lighter", () => {
    expect(settingsOf().searchableAttributes).toEqual([
      "title",
      "title_en",
      "producer_name",
      "place_names",
      "description",
    ])
  })

  it("ranks by field before proximity, so a title match beats a description match", () => {
    const rules = settingsOf().rankingRules!
    expect(rules).toBe(RANKING_RULES)
    expect(rules.indexOf("attribute")).toBeLessThan(rules.indexOf("proximity"))
    // A requested sort still leads; words and typos still decide before the field does.
    expect(rules.slice(0, 3)).toEqual(["sort", "words", "typo"])
  })

  it("forgives one typo from five letters on and never two", () => {
    expect(settingsOf().typoTolerance).toMatchObject({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 255 },
    })
  })

  it("keeps an index's own typo sizes", () => {
    const own = {
      ...index,
      settings: { typo_tolerance: { min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
    }
    expect(settingsOf(own).typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
  })

  it("maps every synonym of a group to the others, in both directions", () => {
    const synonyms = settingsOf().synonyms!
    expect(synonyms).toEqual(synonymMap(SEARCH_SYNONYMS))
    expect(synonyms["cafe"]).toEqual(expect.arrayContaining(["cà phê", "coffee"]))
    expect(synonyms["coffee"]).toContain("cafe")
    expect(synonyms["honey"]).toEqual(expect.arrayContaining(["mat ong", "mật ong"]))
    expect(synonyms["socola"]).toContain("sô cô la")
    expect(synonyms["tea"]).toEqual(expect.arrayContaining(["trà", "chè"]))
  })
})
