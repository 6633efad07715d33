import { setTimeout as sleep } from "node:timers/promises"
import { InMemoryDistributedTransactionStorage } from "@medusajs/workflow-engine-inmemory/dist/utils"
import { describe, expect, it } from "vitest"
import { saveCheckpointsInTurn } from "../workflow-checkpoint-turns"

/** Medusa's storage over a workflow-execution table that takes 20 ms per write and counts overlaps. */
function storageOverSlowTable(Storage: typeof InMemoryDistributedTransactionStorage) {
  const table = { writes: 0, writing: 0, mostAtOnce: 0 }
  const workflowExecutionService = {
    list: async () => [],
    upsert: async () => {
      table.writing++
      table.mostAtOnce = Math.max(table.mostAtOnce, table.writing)
      await sleep(20)
      table.writing--
      table.writes++
    },
    delete: async () => undefined,
  }
  const storage = new Storage({ workflowExecutionService, logger: console } as never)
  return { storage, table }
}

// What a step's checkpoint looks like to the storage: a workflow that has not finished yet.
const checkpoint = (transactionId: string) =>
  ({
    flow: { modelId: "complete-cart", transactionId, state: "not_started", steps: {} },
    context: {},
    errors: [],
  }) as never

describe("saveCheckpointsInTurn", () => {
  // Kept so that an upgrade of Medusa that fixes the lock shows here: this file can then go.
  it("Medusa's own storage refuses a second save of a transaction while the first is being written", async () => {
    class Unchanged extends InMemoryDistributedTransactionStorage {}
    Unchanged.prototype.save = InMemoryDistributedTransactionStorage.prototype.save
    const { storage } = storageOverSlowTable(Unchanged)
    const key = "dtrx:complete-cart:auto-1"
    const saves = await Promise.allSettled([
      storage.save(key, checkpoint("auto-1"), 0),
      storage.save(key, checkpoint("auto-1"), 0),
    ])
    expect(saves.map((s) => s.status)).toEqual(["fulfilled", "rejected"])
    expect((saves[1] as PromiseRejectedResult).reason.message).toBe("Transaction storage is locked")
  })

  it("runs the saves of one transaction one after the other, each of them", async () => {
    class Turns extends InMemoryDistributedTransactionStorage {}
    Turns.prototype.save = InMemoryDistributedTransactionStorage.prototype.save
    saveCheckpointsInTurn(Turns.prototype)
    const { storage, table } = storageOverSlowTable(Turns)
    const key = "dtrx:complete-cart:auto-2"
    const saves = await Promise.allSettled(Array.from({ length: 3 }, () => storage.save(key, checkpoint("auto-2"), 0)))
    expect(saves.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"])
    expect(table).toMatchObject({ writes: 3, mostAtOnce: 1 })
  })

  it("lets two transactions save at the same time, and a failed save does not stop the next", async () => {
    class Turns extends InMemoryDistributedTransactionStorage {}
    const failOnce = { left: 1 }
    Turns.prototype.save = async function (this: InMemoryDistributedTransactionStorage, ...args) {
      if (failOnce.left-- > 0) throw new Error("the database went away")
      return InMemoryDistributedTransactionStorage.prototype.save.apply(this, args)
    }
    saveCheckpointsInTurn(Turns.prototype)
    saveCheckpointsInTurn(Turns.prototype)
    const { storage, table } = storageOverSlowTable(Turns)
    const saves = await Promise.allSettled([
      storage.save("dtrx:complete-cart:auto-3", checkpoint("auto-3"), 0),
      storage.save("dtrx:complete-cart:auto-3", checkpoint("auto-3"), 0),
      storage.save("dtrx:complete-cart:auto-4", checkpoint("auto-4"), 0),
    ])
    expect(saves.map((s) => s.status)).toEqual(["rejected", "fulfilled", "fulfilled"])
    expect(table).toMatchObject({ writes: 2, mostAtOnce: 2 })
  })
})
