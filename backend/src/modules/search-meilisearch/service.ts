import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import { EnqueuedTask, Meilisearch, MeilisearchApiError, MultiSearchQuery, SearchResponse } from "./meili"
import { MEILISEARCH_HOP_HEADERS } from "@ocop/shared"
import { SEARCH_UNAVAILABLE, toMedusaError } from "./errors"
import { PendingWrites } from "./pending-writes"
import { FieldPlan, planFields, toEngineDocument } from "./fields"
import { compileFilters } from "./filters"
import { planSearch } from "./query"
import { buildSettings, PROVIDER_ID } from "./settings"

export type MeilisearchProviderOptions = {
  /** e.g. http://127.0.0.1:7700 */
  host: string
  api_key?: string
  /** Prepended to every index uid, so several apps can share one Meilisearch. */
  index_prefix?: string
  /** Documents per addDocuments call. @default 1000 */
  batch_size?: number
  /** How long one request to Meilisearch may take before search counts as unavailable. @default 5000 */
  request_timeout_ms?: number
}

const DEFAULT_TIMEOUT_MS = 30_000
// A hung engine (stopped, swapping, partitioned) accepts the connection and never answers: without
// a limit every shopper's search would wait for it. Writes only enqueue a task, so they are quick too.
const DEFAULT_REQUEST_TIMEOUT_MS = 5_000
// How soon writes kept during an outage are tried again, backing off while Meilisearch stays down.
const REPLAY_FIRST_MS = 1_000
const REPLAY_MAX_MS = 30_000

const isUnavailable = (error: unknown) => (error as { code?: string })?.code === SEARCH_UNAVAILABLE

export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = PROVIDER_ID

  protected readonly client_: Meilisearch
  protected readonly options_: MeilisearchProviderOptions
  protected readonly logger_?: Logger
  // deleteDocuments gets only an index name; remember the field plans we have seen
  // so date filters there still compile against the shadow attributes.
  protected readonly plans_ = new Map<string, FieldPlan>()
  // Document writes run one after another, so a replayed write never lands after a newer one.
  protected writes_: Promise<unknown> = Promise.resolve()
  protected readonly pending_ = new PendingWrites()
  protected replayTimer_?: NodeJS.Timeout
  protected replayDelay_ = REPLAY_FIRST_MS

  constructor(container: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `The ${PROVIDER_ID} provider needs a "host" option`)
    }
    this.options_ = options
    this.logger_ = container?.logger
    this.client_ = new Meilisearch({
      host: options.host,
      apiKey: options.api_key,
      timeout: options.request_timeout_ms ?? DEFAULT_REQUEST_TIMEOUT_MS,
      requestInit: { headers: MEILISEARCH_HOP_HEADERS },
    })
  }

  protected uid(index: string) {
    return `${this.options_.index_prefix ?? ""}${index}`
  }

  protected async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (e) {
      throw toMedusaError(e, this.options_.host)
    }
  }

  /** The shared planner throws its own error type; the API needs a MedusaError (400, naming the field). */
  protected planned<T>(fn: () => T): T {
    try {
      return fn()
    } catch (e) {
      throw toMedusaError(e, this.options_.host)
    }
  }

  protected task(index: string, tasks: EnqueuedTask[]): SearchTypes.SearchTask {
    // Several batches become one task id; waitForTask waits for all of them.
    return tasks.length
      ? { id: tasks.map((t) => t.taskUid).join(","), index, status: "enqueued" }
      : { index, status: "succeeded" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    const plan = this.planned(() => planFields(index))
    const settings = buildSettings(index, plan)
    const uid = this.uid(index.physical_name)
    this.plans_.set(index.physical_name, plan)
    return await this.call(async () => {
      const existing = await this.client_.getIndex(uid).catch((e) => {
        if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") return undefined
        throw e
      })
      // A primary key can't change once documents exist; the contract allows recreating.
      if (existing && existing.primaryKey && existing.primaryKey !== plan.primary_key) {
        await this.client_.deleteIndex(uid).waitTask({ timeout: DEFAULT_TIMEOUT_MS })
      }
      if (!existing || existing.primaryKey !== plan.primary_key) {
        await this.client_.createIndex(uid, { primaryKey: plan.primary_key }).waitTask({ timeout: DEFAULT_TIMEOUT_MS })
      }
      // Settings are applied before returning so the module never seeds an index
      // whose filterable attributes are still being configured.
      const done = await this.client_.index(uid).updateSettings(settings).waitTask({ timeout: DEFAULT_TIMEOUT_MS })
      return this.finalTask(index.physical_name, done)
    })
  }

  async deleteIndex({ index }: { index: string }) {
    this.plans_.delete(index)
    return await this.call(async () => {
      // Deleting a missing index is a success: the module only wants it gone.
      await this.client_.deleteIndexIfExists(this.uid(index))
      return { index, status: "succeeded" as const }
    })
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const prefix = this.options_.index_prefix ?? ""
    return await this.call(async () => {
      const [indexes, stats] = await Promise.all([this.client_.getIndexes({ limit: 10_000 }), this.client_.getStats()])
      return indexes.results
        .filter((i) => i.uid.startsWith(prefix))
        .map((i) => ({
          name: i.uid.slice(prefix.length),
          provider: PROVIDER_ID,
          document_count: stats.indexes[i.uid]?.numberOfDocuments ?? 0,
          created_at: i.createdAt ? new Date(i.createdAt) : undefined,
          updated_at: i.updatedAt ? new Date(i.updatedAt) : undefined,
        }))
    })
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }) {
    const plan = this.planned(() => planFields(definition))
    this.plans_.set(index, plan)
    const prepared = this.planned(() => documents.map((d) => toEngineDocument(d, plan)))
    const ids = prepared.map((d) => String(d[plan.primary_key]))
    return await this.serialized(async () => {
      try {
        const task = await this.sendUpserts(index, plan.primary_key, prepared)
        this.pending_.forget(index, ids)
        return task
      } catch (e) {
        throw this.keepOnOutage(e, () => this.pending_.keepUpserts(index, plan.primary_key, prepared))
      }
    })
  }

  protected async sendUpserts(index: string, primaryKey: string, documents: Record<string, unknown>[]) {
    return await this.call(async () => {
      const batches = this.client_
        .index(this.uid(index))
        .addDocumentsInBatches(documents, this.options_.batch_size ?? 1000, { primaryKey })
      return this.task(index, await Promise.all(batches))
    })
  }

  protected async sendDeletes(index: string, ids: string[]) {
    return await this.call(async () =>
      this.task(index, ids.length ? [await this.client_.index(this.uid(index)).deleteDocuments(ids)] : [])
    )
  }

  protected serialized<T>(write: () => Promise<T>): Promise<T> {
    const result = this.writes_.then(write)
    this.writes_ = result.catch(() => undefined)
    return result
  }

  /**
   * An outage keeps the write for replay and says so; any other error is the caller's to see.
   * The module's subscriber still fails, so an event bus with retries tries the event again too.
   */
  protected keepOnOutage(error: unknown, keep: () => void): unknown {
    if (!isUnavailable(error)) return error
    keep()
    this.scheduleReplay()
    const message = `${(error as Error).message}; ${this.pending_.size} document write(s) are kept and replayed when it answers`
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message, SEARCH_UNAVAILABLE)
  }

  protected scheduleReplay() {
    if (this.replayTimer_) return
    this.replayTimer_ = setTimeout(() => {
      this.replayTimer_ = undefined
      void this.serialized(() => this.replay())
    }, this.replayDelay_)
    this.replayTimer_.unref?.()
  }

  protected async replay() {
    for (const { index, primaryKey, upserts, deletes } of this.pending_.drain()) {
      try {
        await this.sendUpserts(index, primaryKey, upserts)
        await this.sendDeletes(index, deletes)
      } catch (e) {
        this.pending_.keepUpserts(index, primaryKey, upserts)
        this.pending_.keepDeletes(index, primaryKey, deletes)
        if (!isUnavailable(e))
          this.logger_?.error(`search-meilisearch: replaying writes to "${index}" failed: ${(e as Error).message}`)
      }
    }
    if (this.pending_.size) {
      this.replayDelay_ = Math.min(this.replayDelay_ * 2, REPLAY_MAX_MS)
      this.scheduleReplay()
    } else {
      this.replayDelay_ = REPLAY_FIRST_MS
      this.logger_?.info("search-meilisearch: writes kept during the outage reached Meilisearch")
    }
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput) {
    const plan = this.plans_.get(index) ?? (await this.call(() => this.planFromEngine(index)))
    const ids = extractPrimaryKeyFilter(filters, { primary_key: plan.primary_key })
    if (ids) {
      return await this.serialized(async () => {
        try {
          const task = await this.sendDeletes(index, ids)
          this.pending_.forget(index, ids)
          return task
        } catch (e) {
          throw this.keepOnOutage(e, () => this.pending_.keepDeletes(index, plan.primary_key, ids))
        }
      })
    }
    // Deleting by a filter is a bulk operation (clearing, reindexing); it is not replayed.
    return await this.call(async () => {
      const target = this.client_.index(this.uid(index))
      const filter = compileFilters(filters, plan)
      // No filter at all means "everything", which deleteDocuments would reject.
      const task = filter ? await target.deleteDocuments({ filter }) : await target.deleteAllDocuments()
      return this.task(index, [task])
    })
  }

  // Without a cached definition, accept the engine's filterable attributes as plain fields.
  protected async planFromEngine(index: string): Promise<FieldPlan> {
    const target = this.client_.index(this.uid(index))
    const [info, filterable] = await Promise.all([target.getRawInfo(), target.getFilterableAttributes()])
    const fields: Record<string, SearchTypes.SearchFieldDefinition> = {}
    for (const attr of filterable ?? []) {
      if (typeof attr === "string") fields[attr] = { type: "keyword", filterable: true }
    }
    return planFields({ primary_key: info.primaryKey ?? "id", fields })
  }

  async clearIndex({ index }: { index: string }) {
    return await this.call(async () =>
      this.task(index, [await this.client_.index(this.uid(index)).deleteAllDocuments()])
    )
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return (await this.searchMany([input]))[0]
  }

  // Every query and its exact-count companion travel in one multi-search; range facets whose
  // field has too many distinct values to sum from the distribution take a second one.
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const planned = this.planned(() => inputs.map((input) => planSearch(input, this.uid(input.index.physical_name))))
    const responses = await this.multiSearch(planned.map((p) => p.queries))
    const rangeQueries = planned.map((p, i) => p.rangeCounts(responses[i]))
    const rangeResponses = rangeQueries.some((queries) => queries.length)
      ? await this.multiSearch(rangeQueries)
      : rangeQueries.map(() => [])
    return planned.map((p, i) => p.assemble(responses[i], rangeResponses[i]))
  }

  /** Runs groups of queries in one request and hands each group its own responses. */
  protected async multiSearch(groups: MultiSearchQuery[][]): Promise<SearchResponse[][]> {
    const { results } = await this.call(() => this.client_.multiSearch({ queries: groups.flat() }))
    let offset = 0
    return groups.map((group) => {
      const slice = results.slice(offset, offset + group.length) as SearchResponse[]
      offset += group.length
      return slice
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const uids = task.id.split(",").map(Number)
    return await this.call(async () => {
      const done = await this.client_.tasks.waitForTasks(uids, { timeout: options?.timeout_ms ?? DEFAULT_TIMEOUT_MS })
      const failed = done.find((t) => t.status !== "succeeded")
      return failed ? this.finalTask(task.index ?? "", failed) : { ...task, status: "succeeded" }
    })
  }

  protected finalTask(
    index: string,
    done: { uid: number; status: string; error?: { message: string; code: string } | null }
  ): SearchTypes.SearchTask {
    return done.status === "succeeded"
      ? { id: String(done.uid), index, status: "succeeded" }
      : {
          id: String(done.uid),
          index,
          status: "failed",
          error: {
            message: done.error?.message ?? `Meilisearch task ${done.uid} ${done.status}`,
            code: done.error?.code,
          },
        }
  }
}

export default MeilisearchSearchProvider
