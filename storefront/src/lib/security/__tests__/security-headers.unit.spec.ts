import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, securityHeaders } from "../security-headers"

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]))

describe("contentSecurityPolicy", () => {
  const production = directives(
    contentSecurityPolicy({ nonce: "abc123", dev: false, backendUrl: "https://api.cho-ocop.vn/" })
  )

  it("runs only scripts with this request's nonce, and never eval in production", () => {
    expect(production["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"])
    expect(production["style-src"]).toEqual(["'self'", "'nonce-abc123'"])
  })

  it("shows images from the backend's origin, VietQR data: URLs and upload previews", () => {
    expect(production["img-src"]).toEqual(["'self'", "https://api.cho-ocop.vn", "data:", "blob:"])
  })

  it("cannot be framed and loads no plugins", () => {
    expect(production["frame-ancestors"]).toEqual(["'none'"])
    expect(production["object-src"]).toEqual(["'none'"])
    expect(production["connect-src"]).toEqual(["'self'"])
  })

  it("allows eval and inline styles in development only", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true, backendUrl: "http://localhost:9000" }))
    expect(dev["script-src"]).toContain("'unsafe-eval'")
    expect(dev["style-src"]).toContain("'unsafe-inline'")
    expect(production["script-src"]).not.toContain("'unsafe-eval'")
  })
})

describe("securityHeaders", () => {
  it("forbids framing and sniffing and trims the referrer", () => {
    expect(securityHeaders({ nonce: "n", dev: false, backendUrl: "http://localhost:9000" })).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    })
  })

  it("lets only the host's check-in page use the camera, and only for the storefront itself", () => {
    const policy = (pathname: string) =>
      securityHeaders({ nonce: "n", dev: false, backendUrl: "http://localhost:9000", pathname })["Permissions-Policy"]
    expect(policy("/vi/producer/check-in")).toMatch(/^camera=\(self\), microphone=\(\)/)
    expect(policy("/en/producer/check-in")).toContain("camera=(self)")
    expect(policy("/vi/producer/orders")).toContain("camera=()")
    expect(policy("/vi/producer/check-in/other")).toContain("camera=()")
    expect(policy("/vi/products/mat-ong")).toContain("camera=()")
  })
})
