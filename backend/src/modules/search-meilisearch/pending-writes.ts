/** A document to put back, or null for one to delete. */
type PendingWrite = { primaryKey: string; document: Record<string, unknown> | null }

/**
 * Writes Meilisearch could not take, kept by index and document id so that only the latest state
 * of each document is replayed: an older write can never overwrite a newer one.
 */
export class PendingWrites {
  protected readonly byIndex_ = new Map<string, Map<string, PendingWrite>>()

  get size() {
    let size = 0
    for (const writes of this.byIndex_.values()) size += writes.size
    return size
  }

  keepUpserts(index: string, primaryKey: string, documents: Record<string, unknown>[]) {
    const writes = this.writesOf(index)
    for (const document of documents) writes.set(String(document[primaryKey]), { primaryKey, document })
  }

  keepDeletes(index: string, primaryKey: string, ids: string[]) {
    const writes = this.writesOf(index)
    for (const id of ids) writes.set(id, { primaryKey, document: null })
  }

  /** A later write of these ids reached the engine, so what was kept for them is stale. */
  forget(index: string, ids: string[]) {
    const writes = this.byIndex_.get(index)
    ids.forEach((id) => writes?.delete(id))
  }

  /** Takes everything out, grouped per index into what to upsert and what to delete. */
  drain() {
    const drained = [...this.byIndex_].map(([index, writes]) => {
      const all = [...writes]
      return {
        index,
        primaryKey: all[0]?.[1].primaryKey ?? "id",
        upserts: all.flatMap(([, w]) => (w.document ? [w.document] : [])),
        deletes: all.flatMap(([id, w]) => (w.document ? [] : [id])),
      }
    })
    this.byIndex_.clear()
    return drained
  }

  protected writesOf(index: string) {
    const writes = this.byIndex_.get(index) ?? new Map<string, PendingWrite>()
    this.byIndex_.set(index, writes)
    return writes
  }
}
