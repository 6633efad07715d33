import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setupMarketplace } from "../../../src/scripts/setup"
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "../../../src/scripts/setup/admin-user"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeAll(async () => {
      await setupMarketplace(getContainer())
      const { data } = await api.post("/auth/user/emailpass", {
        email: DEMO_ADMIN_EMAIL,
        password: DEMO_ADMIN_PASSWORD,
      })
      headers = { authorization: `Bearer ${data.token}` }
    })

    const get = (path: string) => api.get(path, { headers })
    const failure = (path: string) => get(path).catch((e: any) => e.response)

    describe("GET /admin/places/provinces", () => {
      it("lists the provinces a signed-in admin searches", async () => {
        const { status, data } = await get("/admin/places/provinces?q=dak%20lak")
        expect(status).toBe(200)
        expect(data.provinces.map((p: { name: string }) => p.name)).toEqual(["Đắk Lắk"])
      })

      it("requires a signed-in admin", async () => {
        const error = await api.get("/admin/places/provinces").catch((e: any) => e.response)
        expect(error.status).toBe(401)
      })
    })

    describe("GET /admin/places/provinces/:code/communes", () => {
      it("rejects a negative offset, naming the field", async () => {
        const { status, data } = await failure("/admin/places/provinces/11/communes?offset=-1")
        expect(status).toBe(400)
        expect(data.message).toMatch(/offset/)
      })

      it("answers 404 for an unknown province", async () => {
        expect((await failure("/admin/places/provinces/99/communes")).status).toBe(404)
      })
    })

    describe("GET /admin/places/provinces/:code/former-districts", () => {
      it("lists the former districts of Đồng Nai, Bình Phước's included", async () => {
        const { data } = await get("/admin/places/provinces/75/former-districts")
        expect(data.former_districts).toContainEqual(
          expect.objectContaining({ name: "Huyện Đồng Phú", former_province_name: "Tỉnh Bình Phước" })
        )
      })
    })
  },
})
