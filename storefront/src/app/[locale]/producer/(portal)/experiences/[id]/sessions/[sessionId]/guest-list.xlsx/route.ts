import { producerDownload } from "@/lib/producer-portal/producer-api"

const ID = /^[a-z]+_[A-Za-z0-9]+$/

/**
 * A session's guest list as XLSX (foreign guests with nationality and passport, for the residence
 * declaration), fetched with the member's token and passed on as the backend's attachment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params
  if (!ID.test(sessionId)) return new Response(null, { status: 404 })
  return producerDownload(`/producer/experience-sessions/${sessionId}/guest-list.xlsx`)
}
