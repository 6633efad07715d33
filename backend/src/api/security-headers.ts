import helmet from "helmet"

/**
 * Headers for every answer of the backend (API, admin, /static): no page may frame it
 * (`frame-ancestors 'none'`, `X-Frame-Options: DENY`), no answer is sniffed into another type,
 * no URL leaks through the Referer. The admin's own CSP is left to Medusa's bundle; only framing is ruled here.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
      frameAncestors: ["'none'"],
    },
  },
  xFrameOptions: { action: "deny" },
  referrerPolicy: { policy: "no-referrer" },
  // The storefront (another origin) shows product images and logos served from /static.
  crossOriginResourcePolicy: false,
  // TLS ends at the proxy in front of the server, which owns HSTS; over plain http it means nothing.
  strictTransportSecurity: false,
})
