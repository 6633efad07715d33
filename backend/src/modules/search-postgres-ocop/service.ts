import { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { IndexPlan, normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils"
import { Plan, TypedColumn, typedColumns, typedColumnsDdl } from "./columns"
import { buildGroupStatement, FacetRequest, GroupInput } from "./statement"

type Row = Record<string, unknown>
type DbManager = { execute: (sql: string, params?: unknown[]) => Promise<Row[]> }
type Catalog = { table: string; vocabulary: string; plan: Plan; columns: Map<string, TypedColumn> }
type Query = SearchTypes.ProviderSearchQuery

const vocabularyTable = (table: string) => `${table}_vocab`
// The index's own words, as the search_vector holds them (folded), long enough to be corrected.
const VOCABULARY_WORD = "^[a-z0-9]{4,}$"
const VOCABULARY_CHUNK = 500

/**
 * Medusa's search-postgres, with searches answered in one statement over narrow typed columns
 * (statement.ts), and Vietnamese typed as shoppers type it: synonyms from @ocop/shared and typos
 * corrected from a vocabulary of the index's own words (query-text.ts). Documents, the catalog
 * table and everything a query cannot be answered by in one pass stay Medusa's.
 */
export class OcopPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-ocop"
  private readonly catalogs_ = new Map<string, Catalog>()

  protected async createDocumentTable(table: string, plan: IndexPlan, manager: DbManager): Promise<void> {
    await super.createDocumentTable(table, plan, manager)
    for (const statement of typedColumnsDdl(table, typedColumns(plan as unknown as Plan))) {
      await manager.execute(statement)
    }
    await manager.execute(`CREATE TABLE IF NOT EXISTS "${vocabularyTable(table)}" ("word" text PRIMARY KEY)`)
  }

  protected async dropDocumentTable(table: string, manager: DbManager): Promise<void> {
    await super.dropDocumentTable(table, manager)
    await manager.execute(`DROP TABLE IF EXISTS "${vocabularyTable(table)}"`)
    for (const [name, catalog] of this.catalogs_) if (catalog.table === table) this.catalogs_.delete(name)
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    this.catalogs_.delete(input.index.physical_name)
    return await super.upsertIndex(input)
  }

  async deleteIndex(input: { index: string }) {
    this.catalogs_.delete(input.index)
    return await super.deleteIndex(input)
  }

  async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    const catalog = await this.catalog(input.index)
    await this.manager_.execute(`TRUNCATE TABLE "${catalog.vocabulary}"`)
    return task
  }

  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]) {
    const task = await super.upsertDocuments(input)
    const catalog = await this.catalog(input.index)
    const ids = [...new Set(input.documents.map((d) => String((d as Row)[catalog.plan.primary_key])))]
    // Words are only ever added: a word no document holds any more corrects a typo to a word that finds nothing.
    for (let offset = 0; offset < ids.length; offset += VOCABULARY_CHUNK) {
      const chunk = ids.slice(offset, offset + VOCABULARY_CHUNK)
      await this.manager_.execute(
        `INSERT INTO "${catalog.vocabulary}" ("word")
         SELECT DISTINCT w FROM "${catalog.table}" t, unnest(tsvector_to_array(t."search_vector")) w
         WHERE t."id" IN (${chunk.map(() => "?").join(", ")}) AND w ~ '${VOCABULARY_WORD}'
         ORDER BY w
         ON CONFLICT DO NOTHING`,
        chunk
      )
    }
    return task
  }

  private async catalog(index: string): Promise<Catalog> {
    const cached = this.catalogs_.get(index)
    if (cached) return cached
    const stored = await this.retrieve(index)
    const plan = stored.plan as unknown as Plan
    const catalog = {
      table: stored.table_name,
      vocabulary: vocabularyTable(stored.table_name),
      plan,
      columns: typedColumns(plan),
    }
    this.catalogs_.set(index, catalog)
    return catalog
  }

  /** The one-pass form of a query, or undefined when only Medusa's statements can answer it. */
  private onePass(query: Query, catalog: Catalog): GroupInput | undefined {
    const options = query.search_options ?? {}
    const index = query.index
    if (options.vector || options.min_score !== undefined || options.distinct || index.settings?.distinct_attribute)
      return
    if (options.highlight || options.locales?.length || query.pagination?.cursor !== undefined) return
    if (options.attributes_to_search_on && options.attributes_to_search_on.length !== catalog.plan.searchable.length)
      return
    if (typeof query.q === "string" && !catalog.plan.searchable.length) return
    const facets = normalizeFacetRequests(options.facets, catalog.plan as unknown as IndexPlan) as FacetRequest[]
    if (facets.some((f) => f.type === "stats" || !catalog.columns.has(f.field))) return
    const filterPaths = new Set<string>()
    const collect = (filters: Record<string, unknown> | undefined) => {
      for (const [key, value] of Object.entries(filters ?? {})) {
        if (key === "$and" || key === "$or") (value as Record<string, unknown>[]).forEach(collect)
        else if (key === "$not") collect(value as Record<string, unknown>)
        else if (key !== "q") filterPaths.add(key)
      }
    }
    collect(query.filters as Record<string, unknown>)
    if ([...filterPaths].some((path) => !catalog.columns.has(path))) return
    for (const property of Object.keys(query.pagination?.order ?? {})) {
      if (property !== "_score" && (!catalog.columns.has(property) || catalog.columns.get(property)!.is_array)) return
    }
    return {
      q: query.q,
      filters: query.filters as Record<string, unknown>,
      skip: query.pagination?.skip ?? 0,
      take: query.pagination?.take ?? 20,
      order: query.pagination?.order as GroupInput["order"],
      count: options.count !== "none",
      facets,
      match_strategy: options.match_strategy,
      // A preference the index's settings can turn off, as on Medusa's provider; on by default here.
      typo_tolerance: options.typo_tolerance !== false && (index.settings?.typo_tolerance?.enabled ?? true),
    }
  }

  async search(query: Query): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([query])
    return result
  }

  /**
   * Searches that share their index and text (Medusa's disjunctive facets send a search and one
   * facet-only search per filtered facet) are answered together by one statement.
   */
  async searchMany(queries: Query[]): Promise<SearchTypes.SearchResult[]> {
    const results: SearchTypes.SearchResult[] = new Array(queries.length)
    const groups = new Map<string, { catalog: Catalog; members: { at: number; input: GroupInput }[] }>()
    const fallbacks: Promise<void>[] = []
    for (const [at, query] of queries.entries()) {
      const catalog = await this.catalog(query.index.physical_name)
      const input = this.onePass(query, catalog)
      if (!input) {
        fallbacks.push(super.search(query).then((result) => void (results[at] = result)))
        continue
      }
      const key = JSON.stringify([
        query.index.physical_name,
        input.q?.trim(),
        input.match_strategy,
        input.typo_tolerance,
      ])
      const group = groups.get(key) ?? { catalog, members: [] }
      group.members.push({ at, input })
      groups.set(key, group)
    }
    const grouped = [...groups.values()].map(async ({ catalog, members }) => {
      const started = Date.now()
      const statement = buildGroupStatement({
        table: catalog.table,
        vocabulary: catalog.vocabulary,
        columns: catalog.columns,
        inputs: members.map((m) => m.input),
      })
      const rows = await this.run(catalog, statement.sql, statement.params)
      const answers = statement.read(rows[0] ?? {})
      members.forEach(({ at, input }, i) => {
        const query = queries[at]
        const options = query.search_options ?? {}
        results[at] = {
          hits: answers[i].hits.map((hit) => ({
            id: hit.id,
            score: options.include_score ? Number(hit.score) : undefined,
            document: projectDocument(hit.document as Record<string, unknown>, query.attributes_to_retrieve),
          })),
          facets: answers[i].facets as SearchTypes.SearchResult["facets"],
          metadata: {
            skip: input.skip,
            take: input.take,
            count: answers[i].count,
            query: query.q,
            processing_time_ms: Date.now() - started,
          },
        } as SearchTypes.SearchResult
      })
    })
    await Promise.all([...grouped, ...fallbacks])
    return results
  }

  private async run(catalog: Catalog, sql: string, params: unknown[]) {
    try {
      return await this.manager_.execute(sql, params)
    } catch (error) {
      // Another process dropped this version: the Search Module retries on NOT_FOUND with the active one.
      if ((error as { code?: string })?.code === "42P01") {
        for (const [name, cached] of this.catalogs_) if (cached === catalog) this.catalogs_.delete(name)
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `The postgres search provider has no table "${catalog.table}"`
        )
      }
      throw error
    }
  }
}
