import { type NextRequest, NextResponse } from "next/server"
import createMiddleware from "next-intl/middleware"
import { pathForUnknownLocale } from "./i18n/locale-path"
import { routing } from "./i18n/routing"
import {
  fillPage,
  isFillRequest,
  keptPage,
  PAGE_CACHE_FILL_HEADER,
  PAGE_CACHE_HEADER,
  pageCacheKey,
  placeholderNonce,
  withNonce,
} from "./lib/security/page-cache"
import { securityHeaders } from "./lib/security/security-headers"

const handleLocaleRouting = createMiddleware(routing)

// Read through a variable name so Next never inlines a value at build time (as lib/config.ts does).
function backendUrl(): string {
  const name = "MEDUSA_BACKEND_URL"
  return process.env[name]?.trim() || "http://localhost:9000"
}

// Where this server asks itself for a page to keep: itself, not the public host in front of it.
function ownUrl(): string {
  const name = "STOREFRONT_INTERNAL_URL"
  return process.env[name]?.trim() || `http://127.0.0.1:${process.env.PORT || 8000}`
}

/** A public page for an anonymous visitor: the kept HTML (rendered once if missing) with this request's nonce. */
async function keptAnswer(request: NextRequest, nonce: string): Promise<NextResponse | null> {
  const key = pageCacheKey({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
  })
  if (!key) return null
  const kept = keptPage(key)
  const page =
    kept ??
    (await fillPage(key, (fillSecret) =>
      fetch(`${ownUrl()}${key}`, {
        headers: { [PAGE_CACHE_FILL_HEADER]: fillSecret, accept: "text/html" },
        redirect: "manual",
        cache: "no-store",
      })
    ))
  if (!page) return null
  const response = new NextResponse(withNonce(page.body, nonce), { status: 200, headers: page.headers })
  response.headers.set(PAGE_CACHE_HEADER, kept ? "hit" : "miss")
  return response
}

export default async function proxy(request: NextRequest) {
  // A page being rendered to keep carries the placeholder nonce that every answer replaces (page-cache.ts).
  const filling = isFillRequest(request.headers)
  const nonce = filling ? placeholderNonce() : Buffer.from(crypto.randomUUID()).toString("base64")
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    backendUrl: backendUrl(),
    pathname: request.nextUrl.pathname,
  })

  const localized = pathForUnknownLocale(request.nextUrl.pathname)
  // `next dev` renders every page afresh: its code changes under it.
  const keepable = !localized && !filling && process.env.NODE_ENV !== "development"
  const kept = keepable ? await keptAnswer(request, nonce) : null
  let response: NextResponse
  if (kept) {
    response = kept
  } else if (localized) {
    const target = request.nextUrl.clone()
    target.pathname = localized
    response = NextResponse.redirect(target)
  } else {
    // next-intl passes the request's headers on to the page: Next reads the nonce from its CSP.
    request.headers.set("Content-Security-Policy", headers["Content-Security-Policy"])
    request.headers.set("x-nonce", nonce)
    response = handleLocaleRouting(request)
  }

  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
