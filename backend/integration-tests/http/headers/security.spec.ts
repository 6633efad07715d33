import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { register } from "../../../instrumentation"

// What `medusa start` does before it builds the app; the runner does not. The runner disables the
// admin (/app): its headers are checked against the production build by e2e/tests/headers.spec.ts.
register()

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("security headers", () => {
      // Medusa serves <cwd>/static itself, before any route or middleware of ours.
      const staticFile = path.join(process.cwd(), "static", "security-headers-probe.txt")
      beforeAll(() => {
        fs.mkdirSync(path.dirname(staticFile), { recursive: true })
        fs.writeFileSync(staticFile, "probe")
      })
      afterAll(() => fs.rmSync(staticFile, { force: true }))

      const answers = [
        ["GET a file under /static (200)", "/static/security-headers-probe.txt"],
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
