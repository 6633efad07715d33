import { idsOfEvent, PartEventIds } from "./product-search-events"

// Short enough to stay well inside the 2-second promise of fresh search results, long enough that
// a catalogue import's thousands of price and stock events become a handful of reindexing calls.
const WINDOW_MS = 150

type Flush = (events: PartEventIds) => Promise<void>

/**
 * Collects product search events for a short window and hands them over as one batch. Callers do not wait:
 * event buses deliver one event after another, so waiting would turn the window into a delay per
 * event. One batch is handed over at a time: the events that arrive while a refresh runs wait for it
 * and make the next batch, so a burst of checkouts of the same goods (each reserving and moving
 * stock) refreshes those products once per refresh, not once per window side by side. What can fail
 * later (the search engine being down) fails in the search module's own subscriber for the refresh
 * event, which the event bus retries.
 */
export function createEventBatcher(flush: Flush, onError: (error: Error) => void, windowMs = WINDOW_MS) {
  let open: PartEventIds | undefined
  let previous: Promise<void> = Promise.resolve()
  return function add(event: { name: string; data: unknown }) {
    if (!open) {
      const batch: PartEventIds = new Map()
      open = batch
      setTimeout(() => {
        previous = previous.then(() => {
          open = undefined
          return flush(batch).catch(onError)
        })
      }, windowMs)
    }
    const ids = open.get(event.name) ?? new Set<string>()
    idsOfEvent(event.data).forEach((id) => ids.add(id))
    open.set(event.name, ids)
  }
}
