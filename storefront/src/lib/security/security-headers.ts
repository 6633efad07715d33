type SecurityHeadersInput = {
  /** Fresh for every request: Next puts it on its own scripts when it finds it in the request's CSP. */
  nonce: string
  /** `next dev`: React's dev tools need eval, and dev styles are injected without a nonce. */
  dev: boolean
  /** Product images, logos and certificate scans are served by the backend (`MEDUSA_BACKEND_URL` + /static). */
  backendUrl: string
  /** The page asked for (without its query): only the host's check-in page may use the camera. */
  pathname?: string
}

// The check-in page reads vouchers' QR codes with the phone's camera; no other page gets it.
const CAMERA_PAGE = /^\/(vi|en)\/producer\/check-in\/?$/

/**
 * The storefront's Content-Security-Policy. Scripts run only with this request's nonce (and what
 * they load: 'strict-dynamic'); images come from the storefront, the backend, data: URLs (the
 * VietQR code drawn on the server) and blob: URLs (previews of photos a producer is uploading).
 * The browser talks to nothing but the storefront: the backend is called from server actions.
 */
export function contentSecurityPolicy({ nonce, dev, backendUrl }: SecurityHeadersInput): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    "img-src": ["'self'", new URL(backendUrl).origin, "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ")
}

/** Every page's answer: its CSP, and no framing, sniffing, cross-site URL leaks or device access (but the check-in page's camera). */
export function securityHeaders(input: SecurityHeadersInput): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(input),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": [
      CAMERA_PAGE.test(input.pathname ?? "") ? "camera=(self)" : "camera=()",
      "microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    ].join(", "),
  }
}
