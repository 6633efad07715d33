import { MedusaContainer } from "@medusajs/framework"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setupPlaces } from "../../src/scripts/setup/places"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"

/** A real producer from the Mường Ảng area of Điện Biên (tax code with a valid check digit). */
export const MUONG_ANG_PRODUCER = {
  name: "HTX Cà phê Mường Ảng (test)",
  handle: "htx-ca-phe-muong-ang-test",
  legal_form: "cooperative" as const,
  tax_code: "0100109106",
  representative: "Lò Thị Hoa",
  women_led: true,
  ethnic_minority_led: true,
  ethnic_group: "Thái",
  in_value_chain: true,
  phone: "0912345678",
  email: "htx-muong-ang@example.vn",
  province_code: "11",
  commune_code: "",
  street: "Bản Hón",
}

let productCounter = 0

export async function createTestProduct(container: MedusaContainer, title = "Cà phê bột Mường Ảng") {
  productCounter += 1
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          handle: `test-product-${Date.now()}-${productCounter}`,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Quy cách", values: ["250 g"] }],
          variants: [
            { title: "250 g", options: { "Quy cách": "250 g" }, prices: [{ currency_code: "vnd", amount: 95000 }] },
          ],
        },
      ],
    },
  })
  return result[0]
}

/**
 * A commune that came only from wards of the former Mường Ảng district in Điện Biên, found in the
 * loaded place data (so any other former district is wrong for it).
 */
export async function muongAngCommune(container: MedusaContainer) {
  await setupPlaces(container)
  const placeModule = container.resolve("place") as {
    listCommunes: (f: object, c?: object) => Promise<{ code: string; former_districts: { name: string }[] }[]>
  }
  const communes = await placeModule.listCommunes({ province_code: "11" }, { take: 200, order: { code: "ASC" } })
  const commune = communes.find(
    (c) => c.former_districts.length === 1 && c.former_districts[0].name === "Huyện Mường Ảng"
  )
  if (!commune) throw new Error("no commune of Điện Biên comes only from Huyện Mường Ảng in the place data")
  return commune
}

export async function createTestProducer(
  container: MedusaContainer,
  overrides: Partial<typeof MUONG_ANG_PRODUCER> = {}
) {
  const commune = await muongAngCommune(container)
  const { result } = await createProducersWorkflow(container).run({
    input: { producers: [{ ...MUONG_ANG_PRODUCER, commune_code: commune.code, status: "active", ...overrides }] },
  })
  return result[0]
}
