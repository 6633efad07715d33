import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { PLACE_MODULE } from "../../../src/modules/place"
import PlaceModuleService from "../../../src/modules/place/service"
import { setupPlaces } from "../../../src/scripts/setup/places"

const DIEN_BIEN = "11"
const DAK_LAK = "66"
const HAI_PHONG = "31"

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let places: PlaceModuleService

    beforeAll(async () => {
      await setupPlaces(getContainer())
      places = getContainer().resolve<PlaceModuleService>(PLACE_MODULE)
    })

    const counts = async () => ({
      provinces: (await places.listAndCountProvinces({}, { take: 1 }))[1],
      communes: (await places.listAndCountCommunes({}, { take: 1 }))[1],
      formerDistricts: (await places.listAndCountFormerDistricts({}, { take: 1 }))[1],
    })
    const allCommunes = () => places.listCommunes({}, { take: null })
    const communeNamed = async (province_code: string, name: string) => {
      const [communes] = await places.searchCommunes({ province_code, q: name })
      return communes.find((commune) => commune.name === name)!
    }

    describe("setupPlaces", () => {
      it("loads the 34 provinces and 3,321 communes, each under a known province", async () => {
        expect(await counts()).toMatchObject({ provinces: 34, communes: 3321 })
        const provinceCodes = new Set((await places.listProvinces({}, { take: null })).map((p) => p.code))
        expect((await allCommunes()).every((commune) => provinceCodes.has(commune.province_code))).toBe(true)
      })

      it("duplicates nothing when run again", async () => {
        const before = await counts()
        expect(await setupPlaces(getContainer())).toEqual({ created: 0 })
        expect(await counts()).toEqual(before)
      })

      it("lists a district spelled two ways in the data once", async () => {
        const districts = await places.listFormerDistrictsOfProvince(DAK_LAK)
        expect(districts.filter((d) => d.name.endsWith("Tuy Hòa")).map((d) => d.name)).toEqual(["Thành phố Tuy Hòa"])
        expect(districts.some((d) => d.name.includes("Hoà"))).toBe(false)
      })
    })

    describe("communes of several former districts", () => {
      it("number 195, each defaulting to the district most of its old wards came from", async () => {
        const mixed = (await allCommunes()).filter((commune) => commune.former_districts.length > 1)
        expect(mixed).toHaveLength(195)
        for (const commune of mixed) {
          const [first, ...others] = commune.former_districts
          expect(commune.default_former_district).toBe(first.name)
          expect(others.every((district) => district.ward_count <= first.ward_count)).toBe(true)
        }
      })

      it("names Phường Hồng An after Quận Hồng Bàng, four of its seven old wards", async () => {
        const hongAn = await communeNamed(HAI_PHONG, "Phường Hồng An")
        expect(hongAn.former_districts).toEqual([
          { name: "Quận Hồng Bàng", province_name: "Thành phố Hải Phòng", ward_count: 4 },
          { name: "Quận An Dương", province_name: "Thành phố Hải Phòng", ward_count: 3 },
        ])
        expect(hongAn.default_former_district).toBe("Quận Hồng Bàng")
      })
    })

    describe("resolveFormerDistrict", () => {
      const muongAng = () => communeNamed(DIEN_BIEN, "Xã Mường Ảng")

      it("keeps a chosen former district of the commune, in the newer tone spelling", async () => {
        const hongAn = await communeNamed(HAI_PHONG, "Phường Hồng An")
        expect(await places.resolveFormerDistrict(hongAn.code, "Quận An Dương")).toMatchObject({
          name: "Quận An Dương",
        })
        const tuyHoa = await communeNamed(DAK_LAK, "Phường Tuy Hòa")
        expect(await places.resolveFormerDistrict(tuyHoa.code, "Thành phố Tuy Hoà")).toMatchObject({
          name: "Thành phố Tuy Hòa",
          province_name: "Tỉnh Phú Yên",
        })
      })

      it("falls back to the commune's default when none is chosen", async () => {
        const commune = await muongAng()
        expect(await places.resolveFormerDistrict(commune.code)).toMatchObject({ name: "Huyện Mường Ảng" })
      })

      it("rejects a former district that is not the commune's, naming the field", async () => {
        const commune = await muongAng()
        const error = await places.resolveFormerDistrict(commune.code, "Huyện Tuy An").catch((e) => e)
        expect(error).toBeInstanceOf(MedusaError)
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toMatch(/^former_district "Huyện Tuy An" is not a former district of commune_code/)
      })
    })

    describe("assertCommuneInProvince", () => {
      it("accepts a commune of the province", async () => {
        const commune = await communeNamed(DIEN_BIEN, "Xã Mường Ảng")
        await expect(places.assertCommuneInProvince(DIEN_BIEN, commune.code)).resolves.toBeUndefined()
      })

      it("rejects a commune of another province as invalid data", async () => {
        const commune = await communeNamed(DAK_LAK, "Xã Tuy An Bắc")
        const error = await places.assertCommuneInProvince(DIEN_BIEN, commune.code).catch((e) => e)
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toMatch(new RegExp(`commune_code ${commune.code} .* does not belong to province_code 11`))
      })

      it("answers not found for unknown codes", async () => {
        expect((await places.assertCommuneInProvince("00", "03127").catch((e) => e)).type).toBe(
          MedusaError.Types.NOT_FOUND
        )
        expect((await places.assertCommuneInProvince(DIEN_BIEN, "99999").catch((e) => e)).type).toBe(
          MedusaError.Types.NOT_FOUND
        )
      })
    })
  },
})
