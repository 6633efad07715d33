import { producerDownload } from "@/lib/producer-portal/producer-api"

const DAY = /^\d{4}-\d{2}-\d{2}$/
const FORMATS = new Set(["xlsx", "csv"])

/**
 * The signed-in producer's invoice requests of a date range as XLSX or CSV, fetched with the
 * member's token (kept in an httpOnly cookie) and passed on as the backend's attachment.
 */
export async function GET(request: Request) {
  const asked = new URL(request.url).searchParams
  const format = asked.get("format") ?? "xlsx"
  if (!FORMATS.has(format)) return new Response(null, { status: 404 })
  const query = new URLSearchParams({ format })
  for (const bound of ["from", "to"]) {
    const day = asked.get(bound)
    if (day && DAY.test(day)) query.set(bound, day)
  }
  return producerDownload(`/producer/invoice-requests/export?${query}`)
}
