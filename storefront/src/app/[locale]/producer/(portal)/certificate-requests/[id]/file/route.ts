import { producerDownload } from "@/lib/producer-portal/producer-api"

const REQUEST_ID = /^ocreq_[A-Za-z0-9]+$/

/**
 * The scan of one of the signed-in producer's certificate requests, fetched with the member's token
 * (kept in an httpOnly cookie) and passed on as the backend's attachment; another producer's is 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!REQUEST_ID.test(id)) return new Response(null, { status: 404 })
  return producerDownload(`/producer/certificate-requests/${id}/file`)
}
