// Vietnam keeps UTC+7 all year (no daylight saving).
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The instant the current calendar month began in Asia/Ho_Chi_Minh. */
export function vietnamMonthStart(now = new Date()): Date {
  const vietnam = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), 1) - VIETNAM_OFFSET_MS)
}
