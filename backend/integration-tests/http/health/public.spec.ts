import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("GET /health", () => {
      it("answers 200", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })
    })
  },
})
