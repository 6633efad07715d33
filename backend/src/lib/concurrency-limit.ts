/**
 * At most `limit` calls of `run` at once in this process; the rest wait their turn in order.
 * Checkouts of the same goods take the same inventory locks: fifty at once on two cores make each
 * wait past the lock timeout, while a short queue in front keeps every wait brief.
 */
export function concurrencyLimit(limit: number) {
  let active = 0
  const waiting: (() => void)[] = []
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
    try {
      return await task()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}
