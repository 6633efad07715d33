import { type NextRequest, NextResponse } from "next/server"
import createMiddleware from "next-intl/middleware"
import { pathForUnknownLocale } from "./i18n/locale-path"
import { routing } from "./i18n/routing"
import { securityHeaders } from "./lib/security/security-headers"

const handleLocaleRouting = createMiddleware(routing)

// Read through a variable name so Next never inlines a value at build time (as lib/config.ts does).
function backendUrl(): string {
  const name = "MEDUSA_BACKEND_URL"
  return process.env[name]?.trim() || "http://localhost:9000"
}

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    backendUrl: backendUrl(),
    pathname: request.nextUrl.pathname,
  })

  const localized = pathForUnknownLocale(request.nextUrl.pathname)
  let response: NextResponse
  if (localized) {
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
