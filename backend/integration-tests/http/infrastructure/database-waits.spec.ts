import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Client } from "pg"
import { adminHeaders } from "../../utils/admin"
import { createTestProduct } from "../../utils/fixtures"

// The test process is no `medusa start`: it says which sessions it serves. The runner's own
// database copies then run under the same limits, so this file keeps to one test (no restore).
process.env.DATABASE_SESSION_ROLE = "web"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("POST /admin/products/:id while another session holds the product's row lock", () => {
      it("answers 503 with Retry-After once the 2 s lock timeout passes, and succeeds once the lock is gone", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const setting = async (name: string) => (await knex.raw(`SHOW ${name}`)).rows[0][name]
        expect(await setting("statement_timeout")).toBe("5s")
        expect(await setting("lock_timeout")).toBe("2s")
        expect(await setting("idle_in_transaction_session_timeout")).toBe("30s")

        const headers = await adminHeaders(api, container)
        const product = await createTestProduct(container, "Chè Shan tuyết")
        const holder = new Client({ connectionString: knex.client.config.connection.connectionString })
        await holder.connect()
        try {
          await holder.query("BEGIN")
          await holder.query("SELECT id FROM product WHERE id = $1 FOR UPDATE", [product.id])

          const started = Date.now()
          const blocked = await api
            .post(`/admin/products/${product.id}`, { title: "Chè Shan tuyết cổ thụ" }, headers)
            .catch((error: any) => error.response)
          const waitedMs = Date.now() - started

          expect(blocked.status).toBe(503)
          expect(blocked.headers["retry-after"]).toBe("2")
          expect(blocked.data).toEqual({ type: "database_busy", code: "database_busy", message: expect.any(String) })
          expect(JSON.stringify(blocked.data)).not.toMatch(/select|update|"product"/i)
          expect(waitedMs).toBeGreaterThanOrEqual(2_000)
          expect(waitedMs).toBeLessThan(2_000 + 4_000)
        } finally {
          await holder.query("ROLLBACK")
          await holder.end()
        }

        const retried = await api.post(`/admin/products/${product.id}`, { title: "Chè Shan tuyết cổ thụ" }, headers)
        expect(retried.status).toBe(200)
        expect(retried.data.product.title).toBe("Chè Shan tuyết cổ thụ")
      })
    })
  },
})
