import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

// The runner disables the admin (/app); its headers are checked in Chromium by e2e/tests/headers.spec.ts.
medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("security headers", () => {
      const answers = [
        ["GET /health (200)", "/health"],
        ["GET /store/products without a publishable key (400)", "/store/products"],
        ["GET /admin/products signed out (401)", "/admin/products"],
        ["GET /store/no-such-route (404)", "/store/no-such-route"],
      ] as const

      it.each(answers)("%s cannot be framed, sniffed or leak its URL", async (_, path) => {
        const response = await api.get(path, { validateStatus: () => true })

        expect(response.headers).toMatchObject({
          "content-security-policy": "frame-ancestors 'none'",
          "x-frame-options": "DENY",
          "x-content-type-options": "nosniff",
          "referrer-policy": "no-referrer",
        })
        expect(response.headers["x-powered-by"]).toBeUndefined()
      })
    })
  },
})
