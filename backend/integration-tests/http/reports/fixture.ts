import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPERIENCE_MODULE } from "../../../src/modules/experience"
import { OCOP_MODULE } from "../../../src/modules/ocop"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import { REPORT_MODULE } from "../../../src/modules/report"
import { setupPlaces } from "../../../src/scripts/setup/places"
import { createTestProduct } from "../../utils/fixtures"

/*
 * A small province-11 (Điện Biên) marketplace whose indicators the specs work out by hand:
 * producers P1–P4 active in Điện Biên (P4 changed its legal form), P5 pending, P6 in Đắk Lắk;
 * products A–G with certificate histories; two promotion events; sales facts for 2024 and 2025.
 */
export const MUONG_ANG = "Huyện Mường Ảng"
export const DIEN_BIEN_PHU = "Thành phố Điện Biên Phủ"

const at = (day: string) => new Date(`${day}T00:00:00Z`)
const years3 = (day: string) => at(`${Number(day.slice(0, 4)) + 3}${day.slice(4)}`)

export type ReportFixture = Awaited<ReturnType<typeof buildReportFixture>>

async function communeOnlyFrom(container: MedusaContainer, province: string, district: string) {
  const places = container.resolve("place") as {
    listCommunes: (f: object, c?: object) => Promise<{ code: string; former_districts: { name: string }[] }[]>
  }
  const communes = await places.listCommunes({ province_code: province }, { take: null, order: { code: "ASC" } })
  const commune = communes.find((c) => c.former_districts.length === 1 && c.former_districts[0].name === district)
  if (!commune) throw new Error(`no commune of province ${province} comes only from ${district}`)
  return commune.code
}

export async function buildReportFixture(container: MedusaContainer) {
  await setupPlaces(container)
  const communeA = await communeOnlyFrom(container, "11", MUONG_ANG)
  const communeB = await communeOnlyFrom(container, "11", DIEN_BIEN_PHU)
  const communeDakLak = (await communeOnlyFrom(container, "66", "Huyện Cư M'gar").catch(() => null)) ?? "00000"

  const producers = container.resolve(PRODUCER_MODULE) as any
  let taxCounter = 0
  const producer = (name: string, fields: Record<string, unknown>) => ({
    name,
    handle: `${name.toLowerCase()}-${Date.now()}`,
    tax_code: `01001091${String(taxCounter++).padStart(2, "0")}`,
    representative: "Lò Thị Hoa",
    phone: "0912345678",
    email: `${name.toLowerCase()}@example.vn`,
    province_code: "11",
    status: "active",
    ...fields,
  })
  const [p1, p2, p3, p4, p5, p6] = await producers.createProducers([
    producer("P1", {
      legal_form: "cooperative",
      women_led: true,
      ethnic_minority_led: true,
      in_value_chain: true,
      commune_code: communeA,
      former_district: MUONG_ANG,
    }),
    producer("P2", {
      legal_form: "enterprise",
      ethnic_minority_led: true,
      commune_code: communeA,
      former_district: MUONG_ANG,
    }),
    producer("P3", {
      legal_form: "household_business",
      women_led: true,
      commune_code: communeB,
      former_district: DIEN_BIEN_PHU,
    }),
    producer("P4", { legal_form: "cooperative_group", commune_code: communeB, former_district: DIEN_BIEN_PHU }),
    producer("P5", { legal_form: "enterprise", status: "pending", commune_code: communeA, former_district: MUONG_ANG }),
    producer("P6", { legal_form: "enterprise", women_led: true, province_code: "66", commune_code: communeDakLak }),
  ])
  // P4, a cooperative group, registered as a cooperative: the shares count its form of today.
  await producers.updateProducers({ id: p4.id, legal_form: "cooperative" })

  const ocop = container.resolve(OCOP_MODULE) as any
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const products: Record<string, { id: string; producer: string; commune: string; district: string | null }> = {}
  const place = {
    A: [p1, communeA, MUONG_ANG, "11"],
    B: [p1, communeA, MUONG_ANG, "11"],
    C: [p2, communeA, MUONG_ANG, "11"],
    D: [p3, communeB, DIEN_BIEN_PHU, "11"],
    E: [p3, communeB, DIEN_BIEN_PHU, "11"],
    F: [p6, communeDakLak, null, "66"],
    G: [p4, communeB, DIEN_BIEN_PHU, "11"],
  } as const
  for (const [key, [owner, commune, district, province]] of Object.entries(place)) {
    const product = await createTestProduct(container, `Sản phẩm ${key}`)
    const [origin] = await ocop.createOcopOrigins([
      {
        province_code: province,
        province_name: province === "11" ? "Điện Biên" : "Đắk Lắk",
        commune_code: commune,
        commune_name: commune,
        former_district: district,
        traceability_code: `fixture-${key.toLowerCase()}-${Date.now()}`,
      },
    ])
    await link.create([
      { [Modules.PRODUCT]: { product_id: product.id }, [OCOP_MODULE]: { ocop_origin_id: origin.id } },
      { [Modules.PRODUCT]: { product_id: product.id }, [PRODUCER_MODULE]: { producer_id: owner.id } },
    ])
    products[key] = { id: product.id, producer: owner.id, commune, district }
  }

  const certificate = async (
    key: string,
    decided: string,
    stars: number,
    product_set: number,
    extra: Record<string, unknown> = {}
  ) => {
    const [created] = await ocop.createOcopCertificates([
      {
        certificate_number: `FX-${key}-${decided}`,
        decision_number: `${key}/QĐ-UBND`,
        decision_date: at(decided),
        issuing_body: "UBND tỉnh Điện Biên",
        level: stars === 5 ? "central" : "province",
        regime_code: "148/QĐ-TTg",
        programme_year: Number(decided.slice(0, 4)),
        score: stars === 5 ? 92 : stars === 4 ? 75 : 60,
        stars,
        product_set,
        product_group: product_set === 18 ? "III" : "I",
        expires_at: years3(decided),
        ...extra,
      },
    ])
    await link.create({
      [Modules.PRODUCT]: { product_id: products[key].id },
      [OCOP_MODULE]: { ocop_certificate_id: created.id },
    })
    return created
  }
  // A: ★3 of 2022 expired on 2025-03-10, renewed ★4 on 2025-02-20 (before the expiry).
  await certificate("A", "2022-03-10", 3, 13)
  await certificate("A", "2025-02-20", 4, 13)
  await certificate("B", "2025-05-05", 3, 13)
  // C: ★4 of 2022 expired on 2025-06-01, not renewed.
  await certificate("C", "2022-06-01", 4, 13)
  await certificate("D", "2024-08-15", 5, 18)
  // E: new in 2025, revoked before the year's end.
  await certificate("E", "2025-09-09", 3, 13, { revoked_at: at("2025-11-01"), revocation_reason: "Vi phạm" })
  await certificate("F", "2025-03-03", 3, 13)

  const reports = container.resolve(REPORT_MODULE) as any
  const [fair2025, fair2024] = await reports.createPromotionEvents([
    {
      name: "Hội chợ OCOP Điện Biên 2025",
      kind: "fair",
      starts_at: at("2025-04-10"),
      ends_at: at("2025-04-13"),
      province_code: "11",
      place: "Điện Biên Phủ",
      organiser: "Sở Công Thương",
    },
    {
      name: "Hội chợ 2024",
      kind: "fair",
      starts_at: at("2024-10-01"),
      ends_at: at("2024-10-03"),
      province_code: "11",
      place: "Điện Biên Phủ",
      organiser: "Sở Công Thương",
    },
  ])
  await reports.createPromotionEventProducts([
    { event_id: fair2025.id, product_id: products.A.id, producer_id: p1.id },
    { event_id: fair2025.id, product_id: products.C.id, producer_id: p2.id },
    { event_id: fair2025.id, product_id: products.F.id, producer_id: p6.id },
    { event_id: fair2024.id, product_id: products.B.id, producer_id: p1.id },
  ])

  let factCounter = 0
  const fact = (key: string, day: string, kind: string, channel: string, amount: number, stars: number) => {
    const product = products[key]
    factCounter += 1
    return {
      source_key: `fixture:${factCounter}`,
      kind,
      day,
      order_id: `order_${key}_${day}`,
      line_item_id: `line_${key}_${day}`,
      producer_id: product.producer,
      product_id: product.id,
      channel,
      quantity: amount > 0 ? 1 : -1,
      amount,
      product_group: key === "D" ? "III" : "I",
      product_set: key === "D" ? 18 : 13,
      stars,
      province_code: key === "F" ? "66" : "11",
      former_district: product.district,
      commune_code: product.commune,
      legal_form: "cooperative",
    }
  }
  await reports.createSalesFacts([
    fact("A", "2025-03-01", "placed", "retail_online", 500_000, 3),
    fact("B", "2025-04-10", "placed", "wholesale", 1_000_000, 3),
    // C: placed and cancelled the same day, nets to zero.
    fact("C", "2025-05-01", "placed", "retail_online", 300_000, 4),
    fact("C", "2025-05-01", "cancelled", "retail_online", -300_000, 4),
    // D: sold in June, part refunded in July.
    fact("D", "2025-06-01", "placed", "retail_online", 800_000, 5),
    fact("D", "2025-07-15", "refunded", "retail_online", -200_000, 5),
    fact("G", "2025-08-08", "placed", "tourism", 400_000, 3),
    fact("F", "2025-02-02", "placed", "retail_online", 999_000, 3),
    // A year before.
    fact("A", "2024-03-01", "placed", "retail_online", 1_000_000, 3),
    fact("D", "2024-09-09", "placed", "retail_online", 500_000, 5),
  ])

  const experiences = container.resolve(EXPERIENCE_MODULE) as any
  const experience = (producerId: string, status: string, n: number) => ({
    producer_id: producerId,
    product_id: `prod_fixture_experience_${n}`,
    handle: `fixture-experience-${n}-${Date.now()}`,
    kind: "farm_tour",
    status,
    title_vi: `Trải nghiệm ${n}`,
    description_vi: "Đi thăm đồi chè.",
    meeting_address: "Bản Hón",
    province_code: "11",
    commune_code: communeA,
    duration_minutes: 120,
    cancellation_policy: [],
  })
  await experiences.createExperiences([experience(p1.id, "published", 1), experience(p3.id, "pending", 2)])

  return { producers: { p1, p2, p3, p4, p5, p6 }, products, communeA, communeB }
}
