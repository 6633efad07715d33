import { revalidateTag } from "next/cache"
import { REVALIDATION_SIGNATURE_HEADER } from "@ocop/shared"
import { forgetPages } from "@/lib/security/page-cache"
import { readRevalidationRequest } from "@/lib/security/revalidation-request"

/**
 * The backend reports a change to public data (subscribers/storefront-revalidation.ts): the data
 * kept under those tags, and every kept page (lib/security/page-cache.ts), is dropped at once, so the
 * next request reads it afresh.
 */
export async function POST(request: Request) {
  const answer = readRevalidationRequest(
    await request.text(),
    request.headers.get(REVALIDATION_SIGNATURE_HEADER),
    process.env.REVALIDATE_SECRET
  )
  if (answer.status !== 200) return Response.json({ message: answer.message }, { status: answer.status })
  for (const tag of answer.tags) revalidateTag(tag, { expire: 0 })
  // The kept HTML of the public pages was made from that data: it is rendered again on its next visit.
  forgetPages()
  return Response.json({ revalidated: answer.tags })
}
