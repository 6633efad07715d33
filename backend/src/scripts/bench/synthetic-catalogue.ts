import { taxCodeCheckDigit } from "@ocop/shared"
import { CreateProducerData } from "../../workflows/producer/steps/create-producers"
import { CatalogueFile, CatalogueProduct } from "../setup/ocop-catalogue-file"

export type BenchCommune = { code: string; name: string; province_code: string }
export type BenchProvince = { code: string; name: string }
/** The former district is left to the commune's default, so the origin needs only the commune. */
export type SyntheticProduct = Omit<CatalogueProduct, "origin"> & {
  origin: Omit<CatalogueProduct["origin"], "former_district">
}
export type SyntheticCatalogue = { producers: Omit<CreateProducerData, "status">[]; products: SyntheticProduct[] }

/** Benchmark data only: every producer, certificate and price here is invented and marked "(bench)". */
const QUALIFIERS: [string, string][] = [
  ["truyền thống", "traditional"],
  ["hữu cơ", "organic"],
  ["đặc biệt", "special"],
  ["thượng hạng", "premium"],
  ["gia truyền", "heirloom"],
  ["loại 1", "grade 1"],
  ["tuyển chọn", "selected"],
  ["cao cấp", "deluxe"],
  ["vùng cao", "highland"],
  ["thủ công", "handmade"],
  ["sạch", "clean-grown"],
  ["đặc sản", "speciality"],
  ["mộc", "plain"],
  ["nguyên chất", "pure"],
  ["xuất khẩu", "export grade"],
  ["quà biếu", "gift"],
]
const PRODUCER_KINDS = [
  "Nông sản",
  "Nông nghiệp",
  "Dịch vụ nông nghiệp",
  "Chế biến thực phẩm",
  "Dược liệu",
  "Thủ công mỹ nghệ",
  "Sản xuất và thương mại",
]
const LEGAL_FORM_PREFIXES: [CreateProducerData["legal_form"], string][] = [
  ["cooperative", "HTX"],
  ["enterprise", "Công ty TNHH"],
  ["household_business", "Hộ kinh doanh"],
  ["cooperative_group", "Tổ hợp tác"],
]
const FAMILY_NAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Lò",
  "Quàng",
  "Y",
  "H'",
  "Điểu",
]
const GIVEN_NAMES = [
  "Thị Hoa",
  "Văn Minh",
  "Thị Lan",
  "Văn Đức",
  "Thị Hương",
  "Văn Hùng",
  "Thị Mai",
  "Văn Sơn",
  "Thị Nga",
  "Văn Thắng",
]
const ETHNIC_GROUPS = ["Thái", "Mông", "Ê Đê", "Tày", "Dao", "Khơ Mú", "M'nông", "Xtiêng"]
const CENTRAL_BODY_BEFORE = "Bộ Nông nghiệp và Phát triển nông thôn"
const CENTRAL_BODY_FROM = "Bộ Nông nghiệp và Môi trường"
const MINISTRIES_MERGED_ON = "2025-03-01"
const DAY_MS = 86_400_000

/** mulberry32: the same catalogue for the same seed, so runs compare. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function taxCode(n: number) {
  for (let candidate = 400_000_000 + n * 37; ; candidate++) {
    const check = taxCodeCheckDigit(String(candidate))
    if (check !== undefined) return `${candidate}${check}`
  }
}

const shortName = (commune: BenchCommune) => commune.name.replace(/^(Xã|Phường|Đặc khu|Thị trấn)\s+/, "")

function certificate(product: number, stars: number, decisionDate: Date, province: BenchProvince, rand: () => number) {
  const bands: Record<number, [number, number]> = { 3: [50, 69], 4: [70, 89], 5: [90, 100] }
  const [low, high] = bands[stars]
  const day = decisionDate.toISOString().slice(0, 10)
  const central = stars === 5
  return {
    certificate_number: `BENCH-${province.code}-${decisionDate.getUTCFullYear()}-${String(product).padStart(6, "0")}-${stars}`,
    decision_number: `${100 + Math.floor(rand() * 3900)}/QĐ-${central ? "BNN" : "UBND"} (bench)`,
    decision_date: day,
    issuing_body: central
      ? day < MINISTRIES_MERGED_ON
        ? CENTRAL_BODY_BEFORE
        : CENTRAL_BODY_FROM
      : `UBND ${province.name}`,
    level: central ? ("central" as const) : ("province" as const),
    programme_year: decisionDate.getUTCFullYear(),
    score: low + Math.floor(rand() * (high - low + 1)),
    stars,
    revoked: false,
  }
}

/**
 * `count` products derived from the demo catalogue's product kinds and descriptions, spread over
 * every commune of the 34 provinces, with `producerCount` producers (default about one per 8 products), prices, stock,
 * origins and certificates (★3 55 %, ★4 35 %, ★5 10 %; a sixth also hold an earlier certificate,
 * a few are expired), so that the facets look like a real province's.
 */
export function syntheticCatalogue({
  seed,
  count,
  producerCount = Math.max(1, Math.ceil(count / 8)),
  communes,
  provinces,
  now = new Date(),
}: {
  seed: CatalogueFile
  count: number
  producerCount?: number
  communes: BenchCommune[]
  provinces: BenchProvince[]
  now?: Date
}): SyntheticCatalogue {
  const rand = random(20_251_125)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]
  const kinds = new Map(seed.kinds.map((kind) => [kind.key, kind]))
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]))
  const communeByCode = new Map(communes.map((c) => [c.code, c]))

  const producers = Array.from({ length: producerCount }, (_, i) => {
    const commune = pick(communes)
    const [legalForm, prefix] = pick(LEGAL_FORM_PREFIXES)
    const ethnic = rand() < 0.12
    const phone = `09${String(10_000_000 + ((i * 7_919) % 89_999_999)).padStart(8, "0")}`
    return {
      handle: `bench-producer-${i + 1}`,
      name: `${prefix} ${pick(PRODUCER_KINDS)} ${shortName(commune)} ${i + 1} (bench)`,
      legal_form: legalForm,
      tax_code: taxCode(i + 1),
      representative: `${pick(FAMILY_NAMES)} ${pick(GIVEN_NAMES)}`,
      women_led: rand() < 0.42,
      ethnic_minority_led: ethnic,
      ethnic_group: ethnic ? pick(ETHNIC_GROUPS) : null,
      in_value_chain: rand() < 0.25,
      phone,
      email: `bench-producer-${i + 1}@example.vn`,
      province_code: commune.province_code,
      commune_code: commune.code,
    }
  })

  const products = Array.from({ length: count }, (_, i): SyntheticProduct => {
    const template = seed.products[i % seed.products.length]
    const kind = kinds.get(template.kind)!
    const producer = producers[i % producerCount]
    const commune = communeByCode.get(producer.commune_code)!
    const province = provinceByCode.get(commune.province_code)!
    const [qualifier, qualifierEn] = pick(QUALIFIERS)
    const priceFactor = 0.7 + rand() * 0.8
    const roll = rand()
    const stars = roll < 0.55 ? 3 : roll < 0.9 ? 4 : 5
    const ageDays = roll < 0.97 ? Math.floor(rand() * 34 * 30) : 36 * 31 + Math.floor(rand() * 200)
    const decided = new Date(now.getTime() - ageDays * DAY_MS)
    const certificates = [certificate(i + 1, stars, decided, province, rand)]
    if (rand() < 1 / 6) {
      certificates.unshift(certificate(i + 1, 3, new Date(decided.getTime() - (3 * 365 + 10) * DAY_MS), province, rand))
    }
    return {
      handle: `${template.kind}-${i + 1}-bench`,
      kind: template.kind,
      producer: producer.handle,
      title: `${kind.title} ${qualifier} ${shortName(commune)}`,
      title_en: `${shortName(commune)} ${qualifierEn} ${kind.title_en.toLowerCase()}`,
      description: template.description,
      description_en: template.description_en,
      product_set: template.product_set,
      tags: template.tags,
      variants: template.variants.map((variant, v) => ({
        ...variant,
        sku: `BENCH-${i + 1}-${v + 1}`,
        price: Math.max(1_000, Math.round((variant.price * priceFactor) / 1_000) * 1_000),
        stock: rand() < 0.08 ? 0 : 5 + Math.floor(rand() * 300),
      })),
      origin: {
        province_code: commune.province_code,
        commune_code: commune.code,
        traceability_code: `bench-${i + 1}`,
      },
      certificates,
    }
  })
  return { producers, products }
}
