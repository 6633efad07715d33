import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { DEFAULT_CANCELLATION_POLICY, type ExperienceKind } from "@ocop/shared"
import { EXPERIENCE_MODULE } from "../../modules/experience"
import type ExperienceModuleService from "../../modules/experience/service"
import { setProductsProducerWorkflow } from "../../workflows/producer/workflows/set-products-producer"

export type BenchExperienceOptions = {
  /** The host; by default the first active producer of the store. */
  producerId?: string
  kind?: ExperienceKind
  sessions: { starts_at: Date; capacity: number; status?: "open" | "closed" | "cancelled" }[]
  pay_on_arrival?: boolean
  /** 1–99: the share of each price paid online as a deposit (never with pay_on_arrival). */
  deposit_percent?: number | null
  /** VND per adult and per child. */
  prices?: { adult: number; child: number }
  cutoff_hours?: number
  min_participants?: number
  confirmation?: "instant" | "on_request"
}

export type BenchExperience = {
  id: string
  handle: string
  product_id: string
  producer_id: string
  adult_id: string
  child_id: string
  session_ids: string[]
}

const PARTICIPANT = "Khách"
let experiences = 0

/**
 * A published experience for the integration tests and bench:booking, made as the host's portal
 * will make it: a product (adult and child variants without managed inventory, VND prices, the
 * store's sales channel, the host's product), the module's rows (experience, adult and child types,
 * the child needing an adult, the sessions) and the link.
 */
export async function createBenchExperience(
  container: MedusaContainer,
  options: BenchExperienceOptions
): Promise<BenchExperience> {
  experiences += 1
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const producerId =
    options.producerId ??
    (
      await query.graph({
        entity: "producer",
        fields: ["id"],
        filters: { status: "active" },
        pagination: { take: 1, order: { created_at: "ASC" } },
      })
    ).data[0].id
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: ["province_code", "commune_code"], filters: { id: producerId } })
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const prices = options.prices ?? { adult: 450_000, child: 250_000 }
  const handle = `trai-nghiem-thu-${Date.now()}-${experiences}`

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `Trải nghiệm thử ${experiences}`,
          handle,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: store.default_sales_channel_id! }],
          options: [{ title: PARTICIPANT, values: ["Người lớn", "Trẻ em"] }],
          variants: [
            { title: "Người lớn", options: { [PARTICIPANT]: "Người lớn" }, price: prices.adult },
            { title: "Trẻ em", options: { [PARTICIPANT]: "Trẻ em" }, price: prices.child },
          ].map(({ price, ...variant }) => ({
            ...variant,
            manage_inventory: false,
            prices: [{ currency_code: "vnd", amount: price }],
          })),
        },
      ],
    },
  })
  await setProductsProducerWorkflow(container).run({ input: { producer_id: producerId, product_ids: [product.id] } })
  const variantId = (title: string) => product.variants.find((variant) => variant.title === title)!.id

  const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
  const experience = await service.createExperiences({
    producer_id: producerId,
    product_id: product.id,
    handle,
    kind: options.kind ?? "craft_workshop",
    status: "published",
    title_vi: `Trải nghiệm dệt thổ cẩm ${experiences}`,
    title_en: `Brocade weaving workshop ${experiences}`,
    description_vi: "Học dệt thổ cẩm cùng nghệ nhân người Thái.",
    meeting_address: "Bản Hón, Mường Ảng, Điện Biên",
    province_code: producer.province_code,
    commune_code: producer.commune_code,
    duration_minutes: options.kind === "homestay" ? 22 * 60 : 180,
    cancellation_policy: DEFAULT_CANCELLATION_POLICY as unknown as Record<string, unknown>,
    cutoff_hours: options.cutoff_hours ?? 24,
    min_participants: options.min_participants ?? 1,
    confirmation: options.confirmation ?? "instant",
    pay_on_arrival: options.pay_on_arrival ?? false,
    deposit_percent: options.deposit_percent ?? null,
  })
  const [adult, child] = await service.createParticipantTypes([
    {
      experience_id: experience.id,
      kind: "adult",
      name_vi: "Người lớn",
      name_en: "Adult",
      variant_id: variantId("Người lớn"),
    },
    {
      experience_id: experience.id,
      kind: "child",
      name_vi: "Trẻ em",
      name_en: "Child",
      min_age: 4,
      max_age: 11,
      needs_adult: true,
      variant_id: variantId("Trẻ em"),
    },
  ])
  const sessions = await service.createExperienceSessions(
    options.sessions.map((session) => ({
      experience_id: experience.id,
      starts_at: session.starts_at,
      ends_at: new Date(session.starts_at.getTime() + (options.kind === "homestay" ? 22 : 3) * 60 * 60 * 1000),
      capacity: session.capacity,
      status: session.status ?? "open",
    }))
  )
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [EXPERIENCE_MODULE]: { experience_id: experience.id },
    [Modules.PRODUCT]: { product_id: product.id },
  })
  return {
    id: experience.id,
    handle,
    product_id: product.id,
    producer_id: producerId,
    adult_id: adult.id,
    child_id: child.id,
    session_ids: sessions.map((session) => session.id),
  }
}
