import { producerDownload } from "@/lib/producer-portal/producer-api"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The signed-in producer's sales of a period as XLSX, fetched with the member's token and passed on. */
export async function GET(request: Request) {
  const asked = new URL(request.url).searchParams
  const query = new URLSearchParams()
  for (const bound of ["from", "to"]) {
    const day = asked.get(bound)
    if (day && DAY.test(day)) query.set(bound, day)
  }
  return producerDownload(`/producer/sales.xlsx?${query}`)
}
