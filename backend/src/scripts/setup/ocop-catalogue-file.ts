import fs from "node:fs"
import path from "node:path"
import { CreateProducerData } from "../../workflows/producer/steps/create-producers"

export type CatalogueKind = { key: string; title: string; title_en: string; art: { hue: number; motif: string } }
/** A producer as the seed file holds it: the registration data, without a status (seeded ones are active). */
export type CatalogueProducer = Omit<CreateProducerData, "status" | "logo_url">
export type CatalogueProduct = {
  handle: string
  kind: string
  producer: string
  title: string
  title_en: string
  description: string
  description_en: string
  product_set: number
  tags?: string[]
  variants: { title: string; title_en: string; sku: string; price: number; stock: number }[]
  origin: {
    province_code: string
    commune_code: string
    former_district: string
    growing_area_code?: string | null
    traceability_code: string
  }
  certificates: {
    certificate_number: string
    decision_number: string
    decision_date: string
    issuing_body: string
    level: "district" | "province" | "central"
    programme_year: number
    score: number
    stars: number
    revoked: boolean
    revocation_reason?: string
  }[]
}
export type CatalogueFile = { kinds: CatalogueKind[]; producers: CatalogueProducer[]; products: CatalogueProduct[] }

/** The seed workspace: SEED_DIR, else ../seed beside the backend. */
export function seedDir() {
  return process.env.SEED_DIR || path.resolve(process.cwd(), "..", "seed")
}

export function readCatalogue(dir = seedDir()): { seedDir: string; catalogue: CatalogueFile } {
  const file = path.join(dir, "catalogue", "ocop-catalogue.json")
  return { seedDir: dir, catalogue: JSON.parse(fs.readFileSync(file, "utf8")) }
}
