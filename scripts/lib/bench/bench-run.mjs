import fs from "node:fs"
import path from "node:path"
import exitHook from "async-exit-hook"
import { stopAll } from "../processes.mjs"
import { createThrowawayDatabase } from "./throwaway-database.mjs"

/**
 * A benchmark's lifecycle: `step` prints a line with the time since the start, and `cleanUp`
 * stops every process the run started, then removes its throwaway database and `benchDir`, on
 * success, failure and Ctrl-C alike. `openDatabase` makes that database.
 */
export function benchRun({ benchDir }) {
  const startedAt = Date.now()
  let cleaning
  const run = {
    database: undefined,
    step(message) {
      console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${message}`)
    },
    /** A throwaway database on the PostgreSQL at `serverUrl` when it answers, else on an embedded one. */
    async openDatabase({ serverUrl, logDir }) {
      const throwaway = (url) =>
        createThrowawayDatabase({
          serverUrl: url,
          dir: path.join(benchDir, "postgres"),
          log: (line) => fs.appendFileSync(path.join(logDir, "postgres.log"), `${line}\n`),
        })
      run.database = await throwaway(serverUrl || undefined).catch((error) => {
        run.step(`no PostgreSQL at ${serverUrl} (${error.message}); starting an embedded one`)
        return throwaway(undefined)
      })
      return run.database
    },
    cleanUp() {
      cleaning ??= (async () => {
        await stopAll()
        if (run.database)
          await run.database.remove().catch((error) => console.error(`could not remove the database: ${error.message}`))
        fs.rmSync(benchDir, { recursive: true, force: true })
      })()
      return cleaning
    },
  }
  exitHook((done) => run.cleanUp().then(done))
  return run
}
