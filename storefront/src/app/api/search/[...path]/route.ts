import { serverDirectSearch } from "@/lib/data/direct-search-server"
import { forwardToMeilisearch } from "@ocop/shared"

type Context = { params: Promise<{ path: string[] }> }

/** The browser's same-origin way to Meilisearch (lib/search/meilisearch-proxy.ts): two routes, tenant tokens only. */
async function handle(request: Request, { params }: Context) {
  const { path } = await params
  const session = await serverDirectSearch.session().catch(() => null)
  return forwardToMeilisearch(
    {
      method: request.method,
      path,
      authorization: request.headers.get("authorization"),
      body: request.method === "POST" ? await request.text() : "",
    },
    session?.host ? { host: session.host, apiKeyUid: session.api_key_uid } : null
  )
}

export const GET = handle
export const POST = handle
export const PUT = handle
export const PATCH = handle
export const DELETE = handle
