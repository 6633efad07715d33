import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setupMarketplace } from "../../../src/scripts/setup"

type Named = { name: string }
const names = (places: Named[]) => places.map((place) => place.name)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeAll(async () => {
      const { publishableKey } = await setupMarketplace(getContainer())
      headers = { "x-publishable-api-key": publishableKey }
    })

    const get = (path: string) => api.get(path, { headers })
    const failure = (path: string) => get(path).catch((e: any) => e.response)

    describe("GET /store/places/provinces", () => {
      it("lists the 34 provinces in official order", async () => {
        const { status, data } = await get("/store/places/provinces")
        expect(status).toBe(200)
        expect(data.provinces).toHaveLength(34)
        expect(data.provinces[0]).toEqual({
          id: expect.any(String),
          code: "01",
          name: "Thành phố Hà Nội",
          place_type: "Thành phố Trung Ương",
        })
      })

      it("finds provinces by name without diacritics", async () => {
        expect(names((await get("/store/places/provinces?q=dien%20bien")).data.provinces)).toEqual(["Điện Biên"])
        expect(names((await get("/store/places/provinces?q=DAK%20LAK")).data.provinces)).toEqual(["Đắk Lắk"])
        expect(names((await get("/store/places/provinces?q=tinh%20dien%20bien")).data.provinces)).toEqual(["Điện Biên"])
      })

      it("matches đ when d is typed", async () => {
        const found = names((await get("/store/places/provinces?q=d")).data.provinces)
        expect(found).toEqual(expect.arrayContaining(["Điện Biên", "Đắk Lắk", "Đồng Nai", "Thành phố Đà Nẵng"]))
        expect(found).not.toContain("Cao Bằng")
      })

      it("rejects an unknown query parameter, naming it", async () => {
        const { status, data } = await failure("/store/places/provinces?name=hue")
        expect(status).toBe(400)
        expect(data.message).toMatch(/name/)
      })

      it("requires the publishable key", async () => {
        const error = await api.get("/store/places/provinces").catch((e: any) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/publishable/i)
      })
    })

    describe("GET /store/places/provinces/:code/communes", () => {
      it("lists only the province's communes, with their former districts", async () => {
        const { status, data } = await get("/store/places/provinces/11/communes?limit=200")
        expect(status).toBe(200)
        expect(data.count).toBe(45)
        expect(data.communes).toHaveLength(45)
        expect(data.communes.every((c: { province_code: string }) => c.province_code === "11")).toBe(true)
        expect(data.communes.find((c: Named) => c.name === "Xã Mường Ảng")).toMatchObject({
          default_former_district: "Huyện Mường Ảng",
          former_districts: [{ name: "Huyện Mường Ảng", province_name: "Tỉnh Điện Biên", ward_count: 3 }],
        })
      })

      it("finds a commune by name without diacritics or its type word", async () => {
        for (const q of ["muong%20ang", "xa%20muong%20ang"]) {
          const { data } = await get(`/store/places/provinces/11/communes?q=${q}`)
          expect(names(data.communes)).toContain("Xã Mường Ảng")
        }
        expect((await get("/store/places/provinces/66/communes?q=muong%20ang")).data.count).toBe(0)
      })

      it("pages with limit and offset", async () => {
        const first = (await get("/store/places/provinces/11/communes?limit=10")).data
        const second = (await get("/store/places/provinces/11/communes?limit=10&offset=10")).data
        expect(first).toMatchObject({ count: 45, limit: 10, offset: 0 })
        expect(second.communes).toHaveLength(10)
        expect(second.communes[0].code > first.communes[9].code).toBe(true)
      })

      it("rejects a limit above 200 or not a number, naming the field", async () => {
        for (const limit of ["201", "many"]) {
          const { status, data } = await failure(`/store/places/provinces/11/communes?limit=${limit}`)
          expect(status).toBe(400)
          expect(data.message).toMatch(/limit/)
        }
      })

      it("answers 404 for an unknown province", async () => {
        const { status, data } = await failure("/store/places/provinces/99/communes")
        expect(status).toBe(404)
        expect(data.message).toMatch(/province_code 99/)
      })
    })

    describe("GET /store/places/provinces/:code/former-districts", () => {
      const districts = async (code: string) =>
        (await get(`/store/places/provinces/${code}/former-districts`)).data.former_districts as {
          name: string
          former_province_name: string
        }[]

      it("gives Điện Biên, which stayed whole, its 10 former districts", async () => {
        const dienBien = await districts("11")
        expect(dienBien).toHaveLength(10)
        expect(dienBien.every((d) => d.former_province_name === "Tỉnh Điện Biên")).toBe(true)
        expect(names(dienBien)).toContain("Huyện Mường Ảng")
      })

      it("files former Phú Yên under Đắk Lắk and former Bình Phước under Đồng Nai", async () => {
        expect(await districts("66")).toContainEqual(
          expect.objectContaining({ name: "Huyện Tuy An", former_province_name: "Tỉnh Phú Yên" })
        )
        expect(await districts("75")).toContainEqual(
          expect.objectContaining({ name: "Huyện Đồng Phú", former_province_name: "Tỉnh Bình Phước" })
        )
      })

      it("answers 404 for an unknown province", async () => {
        expect((await failure("/store/places/provinces/99/former-districts")).status).toBe(404)
      })
    })
  },
})
