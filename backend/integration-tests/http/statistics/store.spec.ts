import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { setupMarketplace } from "../../../src/scripts/setup"
import { createCertificatesWorkflow } from "../../../src/workflows/ocop/workflows/create-certificates"
import { setProductOriginsWorkflow } from "../../../src/workflows/ocop/workflows/set-product-origins"
import {
  createProducersWorkflow,
  type CreateProducersInput,
} from "../../../src/workflows/producer/workflows/create-producers"
import { createTestProduct, muongAngCommune, MUONG_ANG_PRODUCER } from "../../utils/fixtures"
import { freshTaxCode } from "../../utils/producer-portal"

const DAY_MS = 24 * 60 * 60 * 1000
// Decision dates relative to today, so the certificates that should be in force are, whenever this runs.
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10)

type Commune = { code: string; province_code: string; former_districts: { name: string }[] }

/** A commune of the province that came from one former district only, other than `not`. */
async function communeOfOneDistrict(container: MedusaContainer, provinceCode: string, not?: string) {
  const places = container.resolve("place") as { listCommunes: (f: object, c?: object) => Promise<Commune[]> }
  const communes = await places.listCommunes({ province_code: provinceCode }, { take: 200, order: { code: "ASC" } })
  const commune = communes.find((c) => c.former_districts.length === 1 && c.former_districts[0].name !== not)
  if (!commune) throw new Error(`no commune of province ${provinceCode} comes from one former district`)
  return { code: commune.code, district: commune.former_districts[0].name }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let muongAng: string
    let otherDistrict: string

    /*
     * Điện Biên (11), worked out by hand: five products in force — ★3 coffee (I) and ★5 herbal (III)
     * in Mường Ảng, ★4 spirit (II) in another district, a ★4 renewal of an expired ★3 (I) and a ★3 (I)
     * whose newer ★4 was revoked, both in Mường Ảng. Not counted: a product whose only certificate
     * expired, a certified product without an origin, a pending producer. Đắk Lắk (66): one ★3
     * product and one enterprise.
     */
    beforeAll(async () => {
      const container = getContainer()
      const { publishableKey } = await setupMarketplace(container)
      headers = { headers: { "x-publishable-api-key": publishableKey } }

      const muongAngPlace = await muongAngCommune(container)
      muongAng = muongAngPlace.former_districts[0].name
      const other = await communeOfOneDistrict(container, "11", muongAng)
      otherDistrict = other.district
      const dakLak = await communeOfOneDistrict(container, "66")

      const product = async (title: string, place?: { province_code: string; commune_code: string }) => {
        const created = await createTestProduct(container, title)
        if (place) {
          await setProductOriginsWorkflow(container).run({ input: { origins: [{ product_id: created.id, ...place }] } })
        }
        return created.id
      }
      const inMuongAng = { province_code: "11", commune_code: muongAngPlace.code }
      const coffee = await product("Cà phê ★3", inMuongAng)
      const herbal = await product("Cao dược liệu ★5", inMuongAng)
      const spirit = await product("Rượu ★4", { province_code: "11", commune_code: other.code })
      const renewed = await product("Chè ★4 công nhận lại", inMuongAng)
      const revokedNewer = await product("Mật ong ★3, ★4 bị thu hồi", inMuongAng)
      const expired = await product("Gạo hết hạn", inMuongAng)
      const placeless = await product("Không rõ nơi")
      const dakLakCoffee = await product("Cà phê Buôn Ma Thuột", { province_code: "66", commune_code: dakLak.code })

      const certificate = (
        product_id: string,
        number: string,
        decided: number,
        score: number,
        product_set: number
      ) => ({
        product_id,
        certificate_number: number,
        decision_number: `${number}/QĐ-UBND`,
        decision_date: daysAgo(decided),
        issuing_body: "UBND tỉnh",
        level: score >= 90 ? ("central" as const) : ("province" as const),
        score,
        product_set,
      })
      await createCertificatesWorkflow(container).run({
        input: {
          certificates: [
            certificate(coffee, "C1", 100, 65, 13),
            certificate(herbal, "H1", 200, 92, 18),
            certificate(spirit, "S1", 300, 75, 14),
            certificate(renewed, "R-OLD", 1200, 65, 11),
            certificate(renewed, "R-NEW", 60, 75, 11),
            certificate(revokedNewer, "M-OLD", 400, 66, 4),
            {
              ...certificate(revokedNewer, "M-NEW", 30, 78, 4),
              revoked_at: new Date(),
              revocation_reason: "Sai hồ sơ",
            },
            certificate(expired, "G1", 1200, 60, 3),
            certificate(placeless, "X1", 100, 70, 13),
            certificate(dakLakCoffee, "D1", 100, 68, 13),
          ],
        },
      })

      const producer = (overrides: Partial<CreateProducersInput["producers"][number]>) =>
        createProducersWorkflow(container).run({
          input: {
            producers: [
              {
                ...MUONG_ANG_PRODUCER,
                commune_code: muongAngPlace.code,
                status: "active",
                tax_code: freshTaxCode(),
                ...overrides,
              },
            ],
          },
        })
      await producer({ handle: "htx-muong-ang-thong-ke" })
      const enterprise = {
        legal_form: "enterprise",
        women_led: false,
        ethnic_minority_led: false,
        ethnic_group: null,
      } as const
      await producer({ handle: "cty-ruou-thong-ke", ...enterprise, commune_code: other.code })
      await producer({ handle: "ho-cho-duyet-thong-ke", legal_form: "household_business", status: "pending" })
      await producer({ handle: "cty-ca-phe-dak-lak", ...enterprise, province_code: "66", commune_code: dakLak.code })
    }, 120_000)

    const failure = (query: string) => api.get(`/store/ocop/statistics${query}`, headers).catch((e: any) => e.response)

    describe("GET /store/ocop/statistics", () => {
      it("counts a province's products in force by stars and group, and its active producers by kind", async () => {
        const { status, data } = await api.get("/store/ocop/statistics?province_code=11", headers)

        expect(status).toBe(200)
        const { statistics } = data
        expect(statistics.province_code).toBe("11")
        expect(statistics.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(statistics.products).toEqual({
          total: 5,
          by_stars: { 3: 2, 4: 2, 5: 1 },
          by_group: [
            { group: "I", total: 3, by_stars: { 3: 2, 4: 1, 5: 0 } },
            { group: "II", total: 1, by_stars: { 3: 0, 4: 1, 5: 0 } },
            { group: "III", total: 1, by_stars: { 3: 0, 4: 0, 5: 1 } },
          ],
        })
        expect(statistics.producers).toEqual({
          total: 2,
          by_legal_form: { enterprise: 1, cooperative: 1, cooperative_group: 0, household_business: 0 },
          women_led: 1,
          ethnic_minority_led: 1,
        })
      })

      it("lists every former district of the province with its products and producers", async () => {
        const [{ data }, districts] = await Promise.all([
          api.get("/store/ocop/statistics?province_code=11", headers),
          api.get("/store/places/provinces/11/former-districts", headers),
        ])
        const names = [...new Set(districts.data.former_districts.map((d: { name: string }) => d.name))]

        expect(data.statistics.districts).toHaveLength(names.length)
        expect(data.statistics.districts).toContainEqual({ name: muongAng, products: 4, producers: 1 })
        expect(data.statistics.districts).toContainEqual({ name: otherDistrict, products: 1, producers: 1 })
        const rest = data.statistics.districts.filter(
          (d: { name: string }) => d.name !== muongAng && d.name !== otherDistrict
        )
        expect(rest.every((d: { products: number; producers: number }) => d.products === 0 && d.producers === 0)).toBe(
          true
        )
      })

      it("names the provinces with figures, most products first, and opens on the first without a province", async () => {
        const { data } = await api.get("/store/ocop/statistics", headers)

        expect(data.statistics.provinces).toEqual([
          { province_code: "11", products: 5, producers: 2 },
          { province_code: "66", products: 1, producers: 1 },
        ])
        expect(data.statistics.province_code).toBe("11")
        expect(data.statistics.products.total).toBe(5)
      })

      it("answers for another province with only its own records", async () => {
        const { data } = await api.get("/store/ocop/statistics?province_code=66", headers)

        expect(data.statistics.products.total).toBe(1)
        expect(data.statistics.products.by_stars).toEqual({ 3: 1, 4: 0, 5: 0 })
        expect(data.statistics.producers.total).toBe(1)
      })

      it("answers 400 naming province_code for a code that is not two digits", async () => {
        const { status, data } = await failure("?province_code=1a")
        expect(status).toBe(400)
        expect(data.message).toMatch(/province_code/)
      })

      it("answers 404 for a province that does not exist", async () => {
        const { status, data } = await failure("?province_code=99")
        expect(status).toBe(404)
        expect(data.message).toMatch(/99/)
      })

      it("answers 400 to a parameter it does not take", async () => {
        const { status, data } = await failure("?province_code=11&stars=3")
        expect(status).toBe(400)
        expect(data.message).toMatch(/stars/)
      })
    })
  },
})
