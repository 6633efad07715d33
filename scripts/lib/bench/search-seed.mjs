import fs from "node:fs"

const INDEX_READY_TIMEOUT_MS = 30 * 60_000

/**
 * Waits for the Search Module's own "Seeded" line in `service`'s log, written after the log's first
 * `fromByte` bytes (a log kept across runs): the server seeds its product index in the background
 * after boot, and a measurement taken meanwhile shares the cores with it. Returns what the line says.
 */
export async function waitForSeed(service, { fromByte = 0 } = {}) {
  const deadline = Date.now() + INDEX_READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    const log = fs.readFileSync(service.logFile, "utf8").slice(fromByte)
    // The production logger writes JSON, so the quotes around the index name arrive escaped.
    const seeded = /\[Search\] Seeded \\?"product\\?": ([^"]*)/.exec(log)
    if (seeded) return seeded[1].trim()
    const failed = /\[Search\] Failed to seed.*$/m.exec(log)
    if (failed || service.exited)
      throw new Error(`the product index was not seeded: ${failed?.[0] ?? "server exited"}; see ${service.logFile}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(
    `the product index was not seeded within ${INDEX_READY_TIMEOUT_MS / 60_000} min; see ${service.logFile}`
  )
}
