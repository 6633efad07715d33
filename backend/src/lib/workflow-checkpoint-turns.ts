import { InMemoryDistributedTransactionStorage } from "@medusajs/workflow-engine-inmemory/dist/utils"

type Save = InMemoryDistributedTransactionStorage["save"]

const APPLIED = Symbol.for("ocop.workflow-checkpoint-turns")

/**
 * Medusa's in-memory workflow engine (the one process of `npm start`, and the tests) saves a
 * workflow's checkpoint after every step. Two steps that run in parallel, such as the two queries
 * at the start of `completeCartWorkflow`, can finish together; the second save then throws
 * "Transaction storage is locked" (Medusa 2.21.2), the orchestrator turns the step that had
 * succeeded into a failure it cannot record ("Updating Status from "ok" to "temp_failure" is not
 * allowed"), and the workflow stays `waiting_to_compensate` for ever. Under load that was one
 * checkout in twenty: the buyer got a 400 for a checkout that never ran.
 *
 * Here the saves of one transaction take turns instead: each waits for the one before it, then
 * runs Medusa's own save unchanged. The Redis engine of production has no such lock.
 */
export function saveCheckpointsInTurn(
  prototype: { save: Save; [APPLIED]?: true } = InMemoryDistributedTransactionStorage.prototype
) {
  if (prototype[APPLIED]) return
  const save = prototype.save
  const turns = new Map<string, Promise<unknown>>()
  prototype.save = function (this: InMemoryDistributedTransactionStorage, key, ...rest) {
    const before = turns.get(key)
    const mine = before
      ? before.then(
          () => save.call(this, key, ...rest),
          () => save.call(this, key, ...rest)
        )
      : save.call(this, key, ...rest)
    turns.set(key, mine)
    const forget = () => {
      if (turns.get(key) === mine) turns.delete(key)
    }
    mine.then(forget, forget)
    return mine
  }
  prototype[APPLIED] = true
}
